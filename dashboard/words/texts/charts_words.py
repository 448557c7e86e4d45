"""Words printed on downloaded chart images: whose data, which years and filters, as of
when, where from."""

TEXT = {
    "chart_img_network": {"it": "Rete: {network}", "en": "Network: {network}"},
    "chart_img_network_missing": {
        "it": "Rete: nome non indicato nell'esportazione (manca export.csv)",
        "en": "Network: name not given in the export (no export.csv)",
    },
    "chart_img_period": {"it": "Periodo: {years}", "en": "Period: {years}"},
    "chart_img_sectors": {"it": "Settori: {sectors}", "en": "Sectors: {sectors}"},
    "chart_img_all_sectors": {"it": "Settori: tutti", "en": "Sectors: all"},
    "chart_img_sizes": {"it": "Dimensioni: {sizes}", "en": "Sizes: {sizes}"},
    "chart_img_all_sizes": {"it": "Dimensioni: tutte", "en": "Sizes: all"},
    "chart_img_as_of": {"it": "Dati aggiornati al {date}", "en": "Data as of {date}"},
    "chart_img_file_date": {
        "it": "Data dei dati non indicata; file più recente dell'esportazione: {date}",
        "en": "Date of the data not given; newest file of the export: {date}",
    },
    "chart_img_no_date": {"it": "Data dei dati non nota", "en": "Date of the data unknown"},
    "chart_img_source": {
        "it": "Fonte: esportazione dei dati della rete (file CSV)",
        "en": "Source: the network's data export (CSV files)",
    },
    "chart_img_synthetic": {
        "it": "Dati sintetici: inventati a scopo dimostrativo",
        "en": "Synthetic data: made up for demonstration",
    },
}
