//! Where a webhook may call: addresses on the public internet only, unless the operator allows
//! private ones (`allow_private_webhook_targets`). Otherwise an organisation administrator could
//! make the server call itself, the database host or a cloud metadata service (SSRF). The
//! address is checked when the webhook is registered (for a literal address, to say so at once)
//! and on every delivery, where names are resolved by [`PublicAddressesOnly`], so a name that
//! later points inside the network (DNS rebinding) reaches nothing.

use reqwest::dns::{Addrs, Name, Resolve, Resolving};
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};

/// Whether an address is on the public internet: not this machine, a private or shared
/// network, link-local, multicast, unspecified or reserved for documentation.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        // Shared address space (carrier-grade NAT) and the benchmarking range.
        || (a == 100 && (64..128).contains(&b))
        || (a == 198 && (18..20).contains(&b))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        // Unique local (fc00::/7), link-local (fe80::/10), documentation (2001:db8::/32).
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || (first == 0x2001 && ip.segments()[1] == 0x0db8))
}

/// Why a webhook address may not be called, if it may not.
pub fn refusal(url: &str, allow_private: bool) -> Option<String> {
    let parsed = url::Url::parse(url.trim()).ok()?;
    if allow_private {
        return None;
    }
    let private = match parsed.host()? {
        url::Host::Ipv4(ip) => !is_public(IpAddr::V4(ip)),
        url::Host::Ipv6(ip) => !is_public(IpAddr::V6(ip)),
        url::Host::Domain(name) => {
            let name = name.trim_end_matches('.').to_ascii_lowercase();
            name == "localhost" || name.ends_with(".localhost")
        }
    };
    private.then(|| {
        "a webhook calls an address on the internet: this one is on this machine or a private network (an operator may allow those with allow_private_webhook_targets)".to_owned()
    })
}

/// Resolves names to their public addresses only.
#[derive(Debug, Clone, Copy)]
pub struct PublicAddressesOnly;

impl Resolve for PublicAddressesOnly {
    fn resolve(&self, name: Name) -> Resolving {
        let host = name.as_str().to_owned();
        Box::pin(async move {
            let found: Vec<SocketAddr> = tokio::net::lookup_host((host.as_str(), 0))
                .await?
                .filter(|a| is_public(a.ip()))
                .collect();
            if found.is_empty() {
                return Err(format!("{host} has no public address").into());
            }
            let addresses: Addrs = Box::new(found.into_iter());
            Ok(addresses)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_public_addresses_are_called() {
        for private in [
            "http://127.0.0.1:8080/hook",
            "http://[::1]/",
            "http://10.1.2.3/",
            "http://172.16.0.1/",
            "http://192.168.1.1/",
            "http://169.254.169.254/latest/meta-data/",
            "http://0.0.0.0/",
            "http://100.64.0.1/",
            "http://[fe80::1]/",
            "http://[fd00::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://localhost:9000/",
            "http://api.localhost./",
        ] {
            assert!(refusal(private, false).is_some(), "{private}");
            assert!(refusal(private, true).is_none(), "{private}");
        }
        for public in [
            "https://tickets.cert.example/hook",
            "https://203.0.114.10/",
            "https://[2a00:1450::1]/",
        ] {
            assert!(refusal(public, false).is_none(), "{public}");
        }
    }
}
