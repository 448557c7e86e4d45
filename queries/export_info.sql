-- The one row about the export itself (none when export.csv was not exported).
select network, exported_on, synthetic, contact
from export_info
limit 1
