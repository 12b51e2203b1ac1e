"""The report's figures, one module per plot rule: each turns result tables
into matplotlib figures (saved by ``newsdag.report.plotting.save_figure``)."""
