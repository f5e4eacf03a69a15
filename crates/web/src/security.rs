//! Secrets: Argon2id password hashes, random tokens, TOTP codes. Nothing here is logged.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine;
use rand::RngCore;
use subtle::ConstantTimeEq;

/// Argon2id with the parameters OWASP recommends (19 MiB, 2 passes, 1 lane).
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// An Argon2id hash of a password, in PHC string format.
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut salt = [0u8; 16];
    rand::rng().fill_bytes(&mut salt);
    let salt = SaltString::encode_b64(&salt).map_err(|e| e.to_string())?;
    argon2()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| e.to_string())
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            argon2()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// A hash of nothing in particular: checked when an e-mail address is unknown, so that the
/// answer takes as long as for a known one.
pub fn dummy_hash() -> &'static str {
    static DUMMY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DUMMY.get_or_init(|| hash_password("no account has this password").unwrap_or_default())
}

/// A random secret, URL-safe.
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buffer);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}

/// A password people can type: five groups of four letters and digits, without look-alikes.
pub fn generate_password() -> String {
    const ALPHABET: &[u8] = b"abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY346789";
    let mut rng = rand::rng();
    (0..5)
        .map(|_| {
            (0..4)
                .map(|_| ALPHABET[(rng.next_u32() as usize) % ALPHABET.len()] as char)
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("-")
}

/// Whether two secrets are equal, in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.as_bytes().ct_eq(b.as_bytes()).into()
}

/// Rules for a new password: the catalogue key of what is wrong with it.
pub fn password_problem(password: &str) -> Option<&'static str> {
    let length = password.chars().count();
    if length < 12 {
        Some("password-too-short")
    } else if length > 256 {
        Some("password-too-long")
    } else {
        None
    }
}

/// A new API token: (id, secret, the token as the caller presents it).
pub fn new_api_token() -> (String, String, String) {
    let id = liaison_store::new_id();
    let secret = random_token(32);
    let token = format!("lsn_{id}_{secret}");
    (id, secret, token)
}

/// Splits a presented API token into id and secret.
pub fn parse_api_token(token: &str) -> Option<(&str, &str)> {
    let rest = token.strip_prefix("lsn_")?;
    // The id is a UUID (36 characters with hyphens); the secret follows after '_'.
    let (id, secret) = rest.split_at_checked(36)?;
    let secret = secret.strip_prefix('_')?;
    (!secret.is_empty()).then_some((id, secret))
}

pub mod totp {
    //! Time-based one-time passwords (RFC 6238): 6 digits, 30 seconds, SHA-1, as every
    //! authenticator app reads them.

    use totp_rs::{Algorithm, Secret, TOTP};

    fn totp(secret_base32: &str, account: &str) -> Option<TOTP> {
        let bytes = Secret::Encoded(secret_base32.to_owned()).to_bytes().ok()?;
        TOTP::new(
            Algorithm::SHA1,
            6,
            1,
            30,
            bytes,
            Some("Liaison".to_owned()),
            account.to_owned(),
        )
        .ok()
    }

    /// A new secret, in base32.
    pub fn new_secret() -> String {
        Secret::generate_secret().to_encoded().to_string()
    }

    /// The `otpauth://` URL an authenticator app reads from the QR code.
    pub fn url(secret_base32: &str, account: &str) -> Option<String> {
        Some(totp(secret_base32, account)?.get_url())
    }

    /// Seconds since 1970 of a time; before 1970 counts as 1970.
    fn unix_seconds(at: time::OffsetDateTime) -> u64 {
        u64::try_from(at.unix_timestamp()).unwrap_or(0)
    }

    /// Whether the code is right at `at`, the platform's now (one step of clock drift either
    /// way is allowed).
    pub fn check(secret_base32: &str, account: &str, code: &str, at: time::OffsetDateTime) -> bool {
        matching_step(secret_base32, account, code, at).is_some()
    }

    /// The time step (30-second period since 1970) whose code this is, within one step of
    /// `at` either way; the sign-in accepts each step once.
    pub fn matching_step(
        secret_base32: &str,
        account: &str,
        code: &str,
        at: time::OffsetDateTime,
    ) -> Option<i64> {
        let code: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        let totp = totp(secret_base32, account)?;
        let now = unix_seconds(at) / 30;
        [now.saturating_sub(1), now, now + 1]
            .into_iter()
            .find(|step| super::same_secret(&totp.generate(step * 30), &code))
            .and_then(|step| i64::try_from(step).ok())
    }

    /// The code an authenticator app shows at `at`, for tests.
    pub fn code_at(secret_base32: &str, account: &str, at: time::OffsetDateTime) -> Option<String> {
        Some(totp(secret_base32, account)?.generate(unix_seconds(at)))
    }

    /// The QR code of the URL, as an SVG image.
    pub fn qr_svg(url: &str) -> Option<String> {
        let code = qrcode::QrCode::new(url.as_bytes()).ok()?;
        Some(
            code.render::<qrcode::render::svg::Color>()
                .min_dimensions(200, 200)
                .build(),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_hash_with_argon2id_and_verify() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong", &hash));
        assert!(!verify_password("anything", "not a hash"));
        assert!(!verify_password("anything", dummy_hash()));
    }

    #[test]
    fn generated_passwords_are_long_and_differ() {
        let (a, b) = (generate_password(), generate_password());
        assert_eq!(a.len(), 24);
        assert_ne!(a, b);
        assert!(password_problem(&a).is_none());
        assert!(password_problem("short").is_some());
    }

    #[test]
    fn api_tokens_parse_back() {
        let (id, secret, token) = new_api_token();
        assert_eq!(
            parse_api_token(&token),
            Some((id.as_str(), secret.as_str()))
        );
        assert_eq!(parse_api_token("lsn_short"), None);
        assert_eq!(parse_api_token("bearer"), None);
    }

    #[test]
    fn totp_codes_check() {
        // RFC 6238's test secret ("12345678901234567890") and its SHA-1 vectors, cut to six
        // digits.
        let secret = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
        let at = |seconds: i64| time::OffsetDateTime::from_unix_timestamp(seconds).unwrap();
        assert_eq!(
            totp::code_at(secret, "a@example.org", at(59)).unwrap(),
            "287082"
        );
        assert_eq!(
            totp::code_at(secret, "a@example.org", at(1_111_111_109)).unwrap(),
            "081804"
        );
        assert!(totp::check(
            secret,
            "a@example.org",
            "081804",
            at(1_111_111_109)
        ));
        // One step of drift either way, not two.
        assert!(totp::check(
            secret,
            "a@example.org",
            "081804",
            at(1_111_111_139)
        ));
        assert!(!totp::check(
            secret,
            "a@example.org",
            "081804",
            at(1_111_111_169)
        ));
        assert!(!totp::check(
            secret,
            "a@example.org",
            "000000",
            at(1_111_111_109)
        ));
        let fresh = totp::new_secret();
        assert!(
            totp::qr_svg(&totp::url(&fresh, "a@example.org").unwrap())
                .unwrap()
                .contains("<svg")
        );
    }
}
