-- The time step of the last authenticator code accepted at sign-in: a code is accepted once.
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;
