<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>main</name>
    <message>
        <source>Train, track and use forecasting models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace with sample data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck</name>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvImporter</name>
    <message>
        <source>Unknown time zone “%1”; use an IANA name such as Asia/Kolkata or America/New_York.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell the symbol from the file name; give it explicitly (for example --symbol TCS.NS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no usable rows (%1 rows skipped for missing values).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files to import.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvLayout</name>
    <message>
        <source>Yahoo Finance download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yfinance multi-row header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Broker export (separate date and time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamped OHLCV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvParser</name>
    <message>
        <source>The CSV parser was already finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvParser::Private</name>
    <message>
        <source>The file is encoded as UTF-16; save it as a UTF-8 CSV file and import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains binary data (a NUL byte), so it is not a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line is longer than %1 KiB; the file does not look like a price CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field is not closed on this line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date or Datetime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A price file needs a header row with the columns Date (or Datetime), Open, High, Low and Close; Adj Close and Volume are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first line looks like data, not a header. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row was recognised (the first line is “%1”). %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has no column for %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds several tickers (%1 and %2); download one ticker per file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 columns, as in the header, but found %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a date this importer understands (for example 2024-01-31, 2024-01-31 09:15:00+05:30, 31-01-2024 or 20240131).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a time of day (for example 09:15 or 09:15:00).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates mix day-first and month-first order: “%1” (line %2) can only be day-first, but “%3” (line %4) can only be month-first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a valid day-first (DD-MM-YYYY) date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column “%1” has “%2”, which is not a valid month-first (MM-DD-YYYY) date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a price is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high %1 is below low %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1 is outside the low–high range %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close %1 is outside the low–high range %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>volume %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n row(s) have impossible prices or volumes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and %n more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the file, or choose “keep invalid rows” to import them flagged as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All %n data row(s) have empty or null values; there is nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates could be day-first or month-first (for example “%1”); choose the date order (day-first or month-first) and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Database</name>
    <message>
        <source>No workspace folder was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace “%1” is a file, not a folder. Choose a folder for the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the workspace folder “%1”. Check that its parent exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace folder “%1” is read-only. ModelDeck needs to write its database and models there; choose a writable folder or fix its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database “%1” is read-only or not a regular file; ModelDeck needs to write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a ModelDeck workspace database (it is not an SQLite file). Move it away or choose another workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the models folder in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not available. Install the Qt 6 SQLite plugin (Debian: libqt6sql6-sqlite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a ModelDeck workspace database (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the workspace database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::MainWindow</name>
    <message>
        <source>ModelDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — ModelDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a workspace folder (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import OHLCV price history from CSV files (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No price history yet.

Import a CSV file with File ▸ Import CSV… (Ctrl+I) or drop files onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>   %n row(s) with missing values skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Price History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataRepository</name>
    <message>
        <source>Saving symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up symbol %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bar staging table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bar insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staging bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing bars with the stored ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataService</name>
    <message>
        <source>There is no symbol “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 bars to resample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Migrator</name>
    <message>
        <source>Migration script “%1” is not named NNNN_description.sql.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration scripts are not numbered 1, 2, 3… (found %1 at position %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database belongs to another application (application id %1), not to ModelDeck. Choose an empty folder or a ModelDeck workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspecting the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This SQLite database already holds tables that ModelDeck did not create. Choose an empty folder or a ModelDeck workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was written by a newer ModelDeck (schema version %1; this version understands up to %2). Open it with a newer ModelDeck; it has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read migration script %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying migration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PathSanitizer</name>
    <message>
        <source>The path “%1” is not a relative path inside the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path “%1” leads outside the workspace “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid symbol: use 1–32 letters, digits and . _ - ^ = &amp; (for example TCS.NS, ^NSEI, EURUSD=X).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Resampler</name>
    <message>
        <source>Cannot resample %1 bars to %2: the target must be a whole multiple of the source timeframe (for example 5m → 1h or 1h → 1d).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resample: the symbol&apos;s time zone is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resample: the bars are not in time order.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolListModel</name>
    <message>
        <source>%1: %2 bars, %3 – %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Timeframe</name>
    <message>
        <source>“%1” is not a timeframe; use for example 5m, 15m, 1h, 1d or 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe “%1” is out of range; it must be between 1m and 1w.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot detect the timeframe from fewer than two distinct timestamps; choose it explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are %1 seconds apart, which is not a supported timeframe (1 minute to 1 week); choose the timeframe explicitly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingRecordRepository</name>
    <message>
        <source>Saving the training record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading training record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating training record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::WriteTransaction</name>
    <message>
        <source>Starting a write transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committing the transaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::cli</name>
    <message>
        <source>import needs at least one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date-order must be auto, day-first or month-first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--invalid-rows must be reject or keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 (%4, %5), %6 rows: %7 new, %8 updated, %9 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 rows skipped for missing values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 rows repeated a timestamp (the last one was kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1 kept but flagged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symbols yet; import a CSV file with: modeldeck-cli import FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resample needs --symbol, --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 bars → %4 %5 bars (%6 new, %7 updated, %8 unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDeck command line.

Commands:
  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] [--invalid-rows P]
  symbols
  resample --symbol S --from 5m --to 1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, symbols or resample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command “%1”; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::cli::Options</name>
    <message>
        <source>Workspace folder (default: $MODELDECK_WORKSPACE or the per-user one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol, e.g. TCS.NS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe, e.g. 5m, 1h, 1d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of naive timestamps (IANA name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto, day-first or month-first for dates like 03-04-2024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reject (default) or keep rows with impossible values (flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source timeframe for resample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target timeframe for resample.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
