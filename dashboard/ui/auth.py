"""Who is a coordinator: the only people who may publish data or see personal data.

With an OpenID Connect provider configured (`[auth]` in `.streamlit/secrets.toml`, as a
municipality's identity provider gives), coordinators sign in there and are recognised by
their e-mail address, listed under `[coordinators] emails`. Without one, local accounts
(`python -m dashboard.users add NAME`) sign in with a password. Public pages need neither.
"""

from __future__ import annotations

import math
import time

import streamlit as st

from dashboard import settings
from dashboard.publishing import signin, users
from dashboard.ui.plain import plain
from dashboard.words.catalog import t, tn

_SESSION = "coordinator"  # {"name": ..., "until": epoch seconds} for local accounts
_SEEN = "coordinator_seen"  # last interaction of an OpenID Connect coordinator (epoch seconds)
OIDC_HOURS = 8


def _secrets() -> dict:
    try:
        return st.secrets.to_dict()
    except (FileNotFoundError, st.errors.StreamlitSecretNotFoundError):
        return {}


def oidc_configured() -> bool:
    return "auth" in _secrets()


def coordinator_emails() -> set[str]:
    emails = _secrets().get("coordinators", {}).get("emails", [])
    return {email.strip().lower() for email in emails}


def _oidc_expired() -> bool:
    """The provider's sign-in lasts as long as its cookie (30 days); a coordinator's lasts
    `OIDC_HOURS` from when the provider issued it, and ends after `SESSION_MINUTES` idle."""
    issued = st.user.get("iat")
    if issued is None or time.time() - float(issued) > OIDC_HOURS * 3600:
        return True
    seen = st.session_state.get(_SEEN, time.time())
    if seen is None or time.time() - seen > users.SESSION_MINUTES * 60:
        st.session_state[_SEEN] = None  # stays expired until a new sign-in (a new session)
        return True
    st.session_state[_SEEN] = time.time()
    return False


def coordinator() -> str | None:
    """The signed-in coordinator's e-mail or account name; None for everyone else."""
    if oidc_configured():
        if not st.user.is_logged_in or _oidc_expired():
            return None
        email = str(st.user.get("email") or "").lower()
        return email if email in coordinator_emails() else None
    session = st.session_state.get(_SESSION)
    if not session:
        return None
    if session["until"] < time.time():
        del st.session_state[_SESSION]
        return None
    session["until"] = time.time() + users.SESSION_MINUTES * 60  # idle timeout
    return session["name"]


def sign_in(lang: str) -> None:
    """The sign-in the configuration calls for, or how to create the first account."""
    if oidc_configured():
        if st.user.is_logged_in and not _oidc_expired():
            st.error(t("auth_not_coordinator", lang, email=plain(st.user.get("email") or "?")))
            st.button(t("auth_sign_out", lang), on_click=st.logout, key="sign_out")
        else:
            if st.user.is_logged_in:
                st.info(t("auth_expired", lang), icon=":material/timer_off:")
            st.button(
                t("auth_sign_in_oidc", lang),
                on_click=st.login,
                icon=":material/login:",
                key="sign_in_oidc",
                type="primary",
            )
        return
    if not users.has_accounts():
        st.warning(t("auth_no_accounts", lang), icon=":material/person_off:")
        # plain and wrapped: highlighted tokens fail contrast, a scrolling block is not
        # reachable by keyboard
        st.code(t("auth_add_account_command", lang), language=None, wrap_lines=True)
        return
    with st.form("sign_in"):
        name = st.text_input(t("auth_user", lang), autocomplete="username")
        password = st.text_input(
            t("auth_password", lang), type="password", autocomplete="current-password"
        )
        submitted = st.form_submit_button(t("auth_sign_in", lang), type="primary")
    if submitted:
        attempt = signin.attempt(name, password, _client())
        if attempt.wait > 0:
            st.error(tn("auth_wait", math.ceil(attempt.wait), lang))
        elif attempt.signed_in:
            st.session_state[_SESSION] = {
                "name": name,
                "until": time.time() + users.SESSION_MINUTES * 60,
            }
            st.rerun()
        else:
            st.error(t("auth_failed", lang))


def _client() -> str:
    """The address signing in: the connection's, or from a trusted proxy (`CSR_TRUSTED_PROXY`)
    the one it forwards."""
    forwarded = ",".join(st.context.headers.get_all("X-Forwarded-For"))
    return signin.client_address(st.context.ip_address, forwarded, settings.trusted_proxies())


def sign_out(lang: str) -> None:
    if oidc_configured():
        st.button(t("auth_sign_out", lang), on_click=st.logout, key="sign_out")
    else:
        st.button(
            t("auth_sign_out", lang),
            on_click=lambda: st.session_state.pop(_SESSION, None),
            key="sign_out",
        )
