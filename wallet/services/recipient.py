"""What the user typed or pasted into a recipient field: an address, a contact's name, or a
payment link (EIP-681 ``ethereum:`` / ``tron:``) that may also choose the network, token and amount.

Qt-free, so the send dialog validates as the user types with the same rules the CLI uses, and
every problem comes back as a KapchykError naming the network and what was expected.
"""

from __future__ import annotations

from dataclasses import dataclass

from wallet.core import addresses
from wallet.core.errors import KapchykError
from wallet.core.networks import Network, Registry, Token
from wallet.core.uris import PaymentUri, parse_payment_uri
from wallet.services.addressbook import AddressBook


class RecipientError(KapchykError):
    code = "invalid_recipient"


@dataclass(frozen=True)
class Recipient:
    address: str  # canonical (EIP-55 or T…)
    network_id: str  # the network to send on (a link may choose another than the current one)
    label: str = ""  # the contact's name, or the link's label
    asset: str | None = None  # a link's token contract ("" = gas coin); None = keep the choice
    amount: int | None = None  # a link's amount in base units of that asset
    contact: bool = False  # ``label`` is an address-book name (else a payment link's label)


def interpret(registry: Registry, book: AddressBook, network: Network, text: str) -> Recipient:
    """Read ``text`` for sending on ``network``; raise a RecipientError naming the problem."""
    raw = text.strip()
    if not raw:
        raise RecipientError("enter the recipient's address, a contact's name or a payment link")
    try:
        contact = book.find(network.id, raw)
    except KapchykError:
        contact = None
    if contact is not None:
        return Recipient(contact.address, network.id, contact.label, contact=True)
    scheme = raw.partition(":")[0].lower()
    if scheme in ("ethereum", "tron"):
        return _from_link(registry, network, parse_payment_uri(raw))
    try:
        address = addresses.validate(raw, network)
    except KapchykError as exc:
        raise RecipientError(exc.template, **exc.params) from None
    return Recipient(address, network.id)


def _from_link(registry: Registry, current: Network, uri: PaymentUri) -> Recipient:
    net = _network_for(registry, current, uri)
    asset: str | None = ""
    decimals = net.native.decimals
    if uri.token:
        token = _token(registry, net, uri.token)
        asset, decimals = token.contract, token.decimals
    amount = uri.amount_for(decimals) if uri.has_amount else None
    return Recipient(uri.recipient, net.id, uri.label, asset, amount)


def _network_for(registry: Registry, current: Network, uri: PaymentUri) -> Network:
    if uri.kind == current.kind and uri.chain_id in (None, current.chain_id):
        return current
    for net in registry.networks:
        if net.kind == uri.kind and uri.chain_id in (None, net.chain_id):
            return net
    if uri.chain_id is not None:
        raise RecipientError(
            "this payment link is for chain id {chain_id}, which is not one of the networks "
            "of {mode} mode",
            chain_id=uri.chain_id,
            mode=current.mode,
        )
    raise RecipientError(
        "this payment link is for a {kind} network, and {mode} mode has none",
        kind="Tron" if uri.kind == "tron" else "EVM",
        mode=current.mode,
    )


def _token(registry: Registry, net: Network, contract: str) -> Token:
    for token in registry.tokens(net.id):
        if addresses.same_account(token.contract, contract):
            return token
    raise RecipientError(
        "this payment link asks for the token {contract}, which is not known on {network}; "
        "add it in Settings first if you trust it",
        contract=contract,
        network=net.name,
    )
