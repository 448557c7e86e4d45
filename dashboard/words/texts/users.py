"""What `python -m dashboard.users` prints and asks."""

TEXT = {
    "users_added": {"it": "Account creato: {name}", "en": "Account created: {name}"},
    "users_changed": {"it": "Password cambiata: {name}", "en": "Password changed: {name}"},
    "users_removed": {"it": "Account rimosso: {name}", "en": "Account removed: {name}"},
    "users_none": {"it": "Nessun account.", "en": "No accounts."},
    "users_bad_name": {
        "it": "Nome non valido: lettere, cifre e . _ @ - (al massimo 64)",
        "en": "Invalid name: letters, digits and . _ @ - (at most 64)",
    },
    "users_short_password": {
        "it": "Password troppo corta: almeno {min} caratteri",
        "en": "Password too short: at least {min} characters",
    },
    "users_exists": {
        "it": "Esiste già un account {name} (per cambiarne la password: passwd)",
        "en": "An account {name} already exists (to change its password: passwd)",
    },
    "users_unknown": {"it": "Nessun account {name}", "en": "No account {name}"},
    "users_mismatch": {"it": "Le due password non coincidono", "en": "The two passwords differ"},
    "users_prompt": {"it": "Password: ", "en": "Password: "},
    "users_again": {"it": "Ripeti la password: ", "en": "Password again: "},
}
