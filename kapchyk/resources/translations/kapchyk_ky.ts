<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ky_KG" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Kapchyk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{mode} mode: these coins have no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get test funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A watch-only account can receive and show balances, not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (watch-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing balances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach {networks}; showing the last known balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balances are up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The devnet is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the devnet for test funds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the local devnet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password of the wallet {wallet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, e.g. an order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a tron: payment link in the QR code (Kapchyk to Kapchyk; TronLink reads only the bare address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address, contact name or payment link (ethereum:… / tron:…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check everything before you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient gets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tron resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: {amount} {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid {network} address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working out the most you can send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the transfer and the network fee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked characters differ from an address you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {symbol} (the issuer keeps a fee)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most {max} {symbol} (expected {expected})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy {energy} (burns {energy_trx} TRX), bandwidth {bandwidth} bytes (burns {bandwidth_trx} TRX); fee limit {limit} TRX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ {trx} TRX to activate the recipient&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} {symbol} + up to {fee} {native}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick every warning above to confirm you have read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction: {txid}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed in block {block}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped by the network: nothing was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by another transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and saved; not broadcast yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent; waiting for confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source> ({n} serve(s) another chain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-fd {fd} is not an open file descriptor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tron transactions cannot be sped up or cancelled; an unconfirmed one expires by itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a key of wallet {wallet} is missing from the OS keyring; restore the wallet from its recovery phrase or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyring entry of wallet {wallet} has been altered and was not used; remove the wallet and restore it from its recovery phrase or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a keyring entry of wallet {wallet} is damaged; restore the wallet from its recovery phrase or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new recovery phrase has 12 or 24 words, not {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a past payee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private key is 64 hex digits (optionally starting with 0x); this is {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery phrase has 12, 15, 18, 21 or 24 words; this one has {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token payment link must not also send the native coin (value=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a watch-only address starts with 0x (BNB Chain, Ethereum) or T (Tron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {network} address has 34 characters; this one has {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {network} address has 40 hex digits after 0x; this one has {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {network} address starts with 0x; this one starts with {first!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a {network} address starts with T; this one starts with {first!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {label} has no {chain} address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account {label} has no {network} address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding tokens on {network} is not available yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in the URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount in the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount={value!r} in the payment link is not a plain decimal number like 12.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an API key is one word of up to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an address in this transfer is frozen by the issuer of {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an endpoint is an http:// or https:// URL; {url!r} is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anvil is not installed; run `make setup` (it installs @foundry-rs/anvil from npm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot reach {network}: none of its {n} node(s) answered{extra}; check your internet connection or add another endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character {pos} ({ch!r}) cannot appear in a {network} address{hint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character {pos} ({ch!r}) is not a hex digit; a {network} address is 0x and 40 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose the chain of the key: evm or tron</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm these warnings first: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read your {symbol} balance from {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the recipient&apos;s address, a contact&apos;s name or a payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter your recovery phrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every word is valid but the phrase&apos;s checksum does not match: a word is wrong or two words are swapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file descriptor {fd} ended before the {what} was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the contact a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the wallet a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration {name} is out of sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OS keyring is available to keep your keys: on Linux install and start gnome-keyring (or another Secret Service such as KeePassXC) and log in to a desktop session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account has a {network} address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account has a {network} address; create or import a wallet first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no account {ref!r}; `kapchyk account list` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no address to fund: give one, or create a devnet wallet first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no contact {ref!r} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no devnet has been started in {folder}; run `kapchyk devnet` first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no endpoints are configured for {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no network {id!r} in {mode} mode (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no payment request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for confirmation; pass --yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no terminal to ask for the {what}; pass it with --password-fd N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token with contract {contract} on {network}; add it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token {symbol!r} on {network} (known: {known})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction #{id} in this wallet&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no transaction {ref} in this wallet&apos;s journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wallet {ref!r}; `kapchyk wallet list` shows them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no {what} was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not broadcast yet: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not confirmed; nothing was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only recovery-phrase wallets have a backup to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the oldest pending transaction (nonce {lowest}) can be sped up or cancelled; this one waits behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only wallets made from a recovery phrase can have more accounts; {label} holds a single key or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter {key!r} appears twice in the payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>parameter {key!r} in the payment link has no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment requests are for tokens (KGST, USDKG…); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a wallet needs --yes when there is no terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removing a wallet needs its password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sending on {network} is not available in this build yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several accounts can do this on {network}; choose one with --from/--account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several tokens on {network} are called {symbol}; give the contract address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>several wallets are called {label!r}; use the wallet id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong; details are in the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OS keyring is locked: unlock it (log in to your desktop session or open your keyring manager) and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Tron devnet is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account does not have enough TRX for the bandwidth fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account does not have enough {native} for this amount and the network fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account does not have enough {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address contains a space or line break</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the chain id {chain!r} in the payment link is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum (upper/lower case letters) of this address does not match — check for a typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum of this {network} address does not match — check for a typo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract at {address} is not a TRC-20 token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contract at {address} is not an ERC-20 token (no symbol or decimals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the devnet at {url} is not running; start it with `kapchyk devnet`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee is below the network&apos;s current base fee; get a new quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fee is below what the network accepts right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gas coin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gas limit is too low for this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the issuer has paused {symbol}; transfers are stopped for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring entry of wallet {wallet} is damaged ({problem}); restore the wallet from its recovery phrase or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keys of wallet {wallet} are not in the OS keyring (it may have been reset or this is another computer); restore the wallet from its recovery phrase or key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keystore file is damaged or not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keystore password is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keystore password must have at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the local BNB devnet could not start on port {port} ({reason}); is another devnet already running? Stop it or pass another --bsc-port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network already has this transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new fee must be higher than the pending transaction&apos;s fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node did not accept the signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node does not know the pending transaction {txid} right now; refresh (it will be broadcast again) and try once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node refused the transaction (details are in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the node {url} serves another chain ({reported}) than {network} ({expected}); it will not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is wrong for wallet {wallet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment link asks to call {function!r}; only token transfers are supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment link has an empty parameter (&amp;&amp;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment link has parameters this wallet does not understand ({names}); it was refused rather than guessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment link names no address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment link names {target!r}, not a 0x address; ENS names are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the payment request is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient address is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient is a contract that does not accept {native}; the transfer would fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient is a smart contract, not a personal wallet; if it cannot handle {symbol}, they are lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s address is blacklisted by the issuer of {symbol}: tokens sent there arrive but can never be moved again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recipient&apos;s address is frozen by the issuer of {symbol}; the transfer would fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the requested amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sending address is blacklisted by the issuer of {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored key does not match account {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the token payment link has no recipient (address=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction expired before it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction ran out of gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction refers to a block the node does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transaction would run out of gas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the transfer would fail: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two {what}s differ; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet database {path} cannot be opened ({reason}); it may be damaged — restore it from a backup or move it away to start fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet database {path} could not be upgraded ({reason}); it was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet is locked; enter its password to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the wallet password must have at least {n} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {network} node answered with a different transaction than the one you asked for ({fields}); nothing was signed. Use another endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {network} node refused the request (details are in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {symbol} contract refused this transfer (details are in the log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the {what} in the payment link is invalid: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no contract at {address} on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>these words are not in the recovery-phrase word list: {words}{more}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Tron account has never been activated: it needs some TRX before it can send anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this address has never been activated; it will need TRX to move the {symbol} you send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this address looks like {label} ({known}) but is a different address: attackers make lookalike addresses to steal payments. Compare every character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this derivation path gives an invalid key; use the next index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this file is not JSON; a keystore V3 file is JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is a Tron address, but you are sending on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is an EVM (0x…) address, but you are sending on {network}; Tron addresses start with T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is neither an address nor a payment link (ethereum: or tron:)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a valid secp256k1 private key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not a {network} address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is not an Ethereum keystore V3 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the zero address; nothing sent there can ever be recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this is the {symbol} contract&apos;s own address; tokens sent there are lost forever. Check the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment link asks for the token {contract}, which is not known on {network}; add it in Settings first if you trust it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment link is for a {kind} network, and {mode} mode has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment link is for chain id {chain_id}, which is not one of the networks of {mode} mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment link is for chain {uri_chain}, but you are sending on {network} (chain {chain}); switch network or ask for a new link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this payment link is for {family}, but you are sending on {network}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this quote has expired; get a new one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this secret is too large for the OS keyring ({size} of at most {limit} bytes); if it has a BIP-39 passphrase, use a shorter one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this transaction&apos;s number (nonce) was already used by another transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this transfer burns about {fee} TRX; you have {have} TRX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this transfer was already sent; it is not sent twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this wallet database was written by a newer Kapchyk (schema {found}, this program knows up to {known}); update Kapchyk to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this wallet is already here as {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>those words do not match the recovery phrase; check your paper and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token contract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transaction {txid} is already {status}; nothing to replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown network mode {mode!r}; use mainnet, testnet or devnet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported network kind {kind!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write down the recovery phrase of {label} and confirm it (`kapchyk wallet verify-backup`) before receiving money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you are sending {amount} {symbol} but this account has {balance} {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you have never paid this address before; check it with the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you need {fee} {native} for the network fee; you have {have} {native}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you need {need} TRX (amount + fees); you have {have} TRX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you need {need} {native} (amount + network fee); you have {have} {native}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your address is blacklisted by the issuer of {symbol}; it cannot send {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your address is frozen by the issuer of {symbol}; it cannot send {symbol}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} is neither a 0x… (BNB devnet) nor a T… (Tron devnet) address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{asset} is not a known token on {network}; add it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: character {pos} ({ch!r}) is not allowed; use digits and one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: commas before the decimal point must separate groups of three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: enter an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: spaces can only separate groups of three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: spaces can only separate groups of three digits before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the amount cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the amount has more than one decimal comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the amount has more than one decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: write the amount in full digits, without an exponent (like 1e6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: write the amount without a + sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {text!r} has a comma after the decimal point; a point is never a thousands separator here. Write it like 1000.50 or 1 000,50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {text!r} is ambiguous: is the comma a decimal point or a thousands separator? Type it without separators, or use a point for decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {text!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {unit} has no decimal places; enter a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {unit} has {decimals} decimal places; this amount has {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is damaged ({reason}); start the devnet with --fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: &apos;networks&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: &apos;tokens&apos; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: network #{n} must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: network id {id!r} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not valid JSON at line {line}: {msg}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the top level must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: token #{n} must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: token {sym} on {net} appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {where}: field {field!r} {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}={value!r} in the payment link is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}={value!r} is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}={value!r} is not a whole number of base units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}={value!r} is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it can receive and show balances, not send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is a watch-only account: it has no key and cannot sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network} transactions cannot be sped up or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{network}: unsupported kind of network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{scheme!r} payment links are not supported; use an ethereum: or tron: link or an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} was not added by you on {network}; built-in endpoints stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
