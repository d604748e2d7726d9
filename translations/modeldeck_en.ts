<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>ImportFileState</name>
    <message numerus="yes">
        <source>%n row(s) with empty or null values will be skipped.</source>
        <translation><numerusform>%n row with empty or null values will be skipped.</numerusform><numerusform>%n rows with empty or null values will be skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier timestamp; the later row is kept.</source>
        <translation><numerusform>%n row repeats an earlier timestamp; the later row is kept.</numerusform><numerusform>%n rows repeat an earlier timestamp; the later row is kept.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n row(s) are shown; the whole file is checked when importing, and nothing is written if any row is wrong.</source>
        <translation><numerusform>Only the first %n row is shown; the whole file is checked when importing, and nothing is written if any row is wrong.</numerusform><numerusform>Only the first %n rows are shown; the whole file is checked when importing, and nothing is written if any row is wrong.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values will be imported flagged as invalid (marked in the parsed rows).</source>
        <translation><numerusform>%n more row with impossible values will be imported flagged as invalid (marked in the parsed rows).</numerusform><numerusform>%n more rows with impossible values will be imported flagged as invalid (marked in the parsed rows).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values (marked in the parsed rows).</source>
        <translation><numerusform>%n more row with impossible values (marked in the parsed rows).</numerusform><numerusform>%n more rows with impossible values (marked in the parsed rows).</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertRepository</name>
    <message numerus="yes">
        <source>Training %1 failed %n time(s) in a row. Last error: %2</source>
        <translation><numerusform>Training %1 failed %n time in a row. Last error: %2</numerusform><numerusform>Training %1 failed %n times in a row. Last error: %2</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsFacade</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation><numerusform>%n hour</numerusform><numerusform>%n hours</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsPanel</name>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation><numerusform>Acknowledged %n alert.</numerusform><numerusform>Acknowledged %n alerts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) shown</source>
        <translation><numerusform>%n open alert shown</numerusform><numerusform>%n open alerts shown</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogDialog</name>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation><numerusform>Exported %n event to %1.</numerusform><numerusform>Exported %n events to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s)</source>
        <translation><numerusform>Newest %n event</numerusform><numerusform>Newest %n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainDialog</name>
    <message numerus="yes">
        <source>&amp;Queue %n job(s)</source>
        <translation><numerusform>&amp;Queue %n job</numerusform><numerusform>&amp;Queue %n jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s): </source>
        <translation><numerusform>%n combination: </numerusform><numerusform>%n combinations: </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to queue</source>
        <translation><numerusform>%n job to queue</numerusform><numerusform>%n jobs to queue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars:</source>
        <translation><numerusform>, %n skipped for too few bars:</numerusform><numerusform>, %n skipped for too few bars:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new job(s).</source>
        <translation><numerusform>Queued %n new job.</numerusform><numerusform>Queued %n new jobs.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were already queued or running.</source>
        <translation><numerusform>%n job was already queued or running.</numerusform><numerusform>%n jobs were already queued or running.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s) skipped for too few bars:</source>
        <translation><numerusform>%n combination skipped for too few bars:</numerusform><numerusform>%n combinations skipped for too few bars:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new training job(s)</source>
        <translation><numerusform>Queued %n new training job</numerusform><numerusform>Queued %n new training jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n already queued</source>
        <translation><numerusform>, %n already queued</numerusform><numerusform>, %n already queued</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars</source>
        <translation><numerusform>, %n skipped for too few bars</numerusform><numerusform>, %n skipped for too few bars</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refresh and Queue %n job(s)</source>
        <translation><numerusform>&amp;Refresh and Queue %n job</numerusform><numerusform>&amp;Refresh and Queue %n jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareDialog</name>
    <message numerus="yes">
        <source>Scoring %n model(s) on the newest %1 bars of their series…</source>
        <translation><numerusform>Scoring %n model on the newest %1 bars of their series…</numerusform><numerusform>Scoring %n models on the newest %1 bars of their series…</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvFormat</name>
    <message numerus="yes">
        <source>%n row(s) imported but flagged as invalid: %1.</source>
        <translation><numerusform>%n row imported but flagged as invalid: %1.</numerusform><numerusform>%n rows imported but flagged as invalid: %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvParser</name>
    <message numerus="yes">
        <source>All %n data row(s) have empty or null values; there is nothing to import.</source>
        <translation><numerusform>All %n data row has empty or null values; there is nothing to import.</numerusform><numerusform>All %n data rows have empty or null values; there is nothing to import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation><numerusform>…and %n more.</numerusform><numerusform>…and %n more.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have impossible prices or volumes:</source>
        <translation><numerusform>%n row has impossible prices or volumes:</numerusform><numerusform>%n rows have impossible prices or volumes:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are dated outside 1900-01-01 to tomorrow:</source>
        <translation><numerusform>%n row is dated outside 1900-01-01 to tomorrow:</numerusform><numerusform>%n rows are dated outside 1900-01-01 to tomorrow:</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::DesktopNotifier</name>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation><numerusform>%n new alert</numerusform><numerusform>%n new alerts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Alerts panel</source>
        <translation><numerusform>… and %n more in the Alerts panel</numerusform><numerusform>… and %n more in the Alerts panel</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadDialog</name>
    <message numerus="yes">
        <source>Download %n symbol(s) (Enter)</source>
        <translation><numerusform>Download %n symbol (Enter)</numerusform><numerusform>Download %n symbols (Enter)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n series completed; nothing was written for the others.</source>
        <translation><numerusform>Cancelled: %1 of %n series completed; nothing was written for the others.</numerusform><numerusform>Cancelled: %1 of %n series completed; nothing was written for the others.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series downloaded.</source>
        <translation><numerusform>%1 of %n series downloaded.</numerusform><numerusform>%1 of %n series downloaded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series failed:</source>
        <translation><numerusform>%n series failed:</numerusform><numerusform>%n series failed:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (see the rows marked Failed)</source>
        <translation><numerusform>  … and %n more (see the rows marked Failed)</numerusform><numerusform>  … and %n more (see the rows marked Failed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series skipped: never downloaded from a provider (see the rows).</source>
        <translation><numerusform>%n series skipped: never downloaded from a provider (see the rows).</numerusform><numerusform>%n series skipped: never downloaded from a provider (see the rows).</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadOptionsWidget</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadProgressModel</name>
    <message numerus="yes">
        <source>%n page(s), %1 bars received</source>
        <translation><numerusform>%n page, %1 bars received</numerusform><numerusform>%n pages, %1 bars received</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryPage</name>
    <message numerus="yes">
        <source>%n finished job(s)</source>
        <translation><numerusform>%n finished job</numerusform><numerusform>%n finished jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished job(s)</source>
        <translation><numerusform>%1 of %n finished job</numerusform><numerusform>%1 of %n finished jobs</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::HttpFetcher</name>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation><numerusform>%1 Gave up after %n attempt.</numerusform><numerusform>%1 Gave up after %n attempts.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportDialog</name>
    <message numerus="yes">
        <source>Import %n file(s) (Enter)</source>
        <translation><numerusform>Import %n file (Enter)</numerusform><numerusform>Import %n files (Enter)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s):</source>
        <translation><numerusform>Imported %n file:</numerusform><numerusform>Imported %n files:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with missing values skipped</source>
        <translation><numerusform>; %n row with missing values skipped</numerusform><numerusform>; %n rows with missing values skipped</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::InputDrift</name>
    <message numerus="yes">
        <source>The inputs of “%1” have moved away from its training data: %n of its features drift over the newest %2 bars against %3 training bars, most %4.</source>
        <translation><numerusform>The inputs of “%1” have moved away from its training data: %n of its features drift over the newest %2 bars against %3 training bars, most %4.</numerusform><numerusform>The inputs of “%1” have moved away from its training data: %n of its features drift over the newest %2 bars against %3 training bars, most %4.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::JobText</name>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation><numerusform>about %n min left</numerusform><numerusform>about %n min left</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::LiveAccuracyChart</name>
    <message numerus="yes">
        <source>Latest (%1, %n prediction(s)): RMSE %2, skill vs naive %3 %, 95 % coverage %4</source>
        <translation><numerusform>Latest (%1, %n prediction): RMSE %2, skill vs naive %3 %, 95 % coverage %4</numerusform><numerusform>Latest (%1, %n predictions): RMSE %2, skill vs naive %3 %, 95 % coverage %4</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::MainStatusBar</name>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation><numerusform>%n symbol</numerusform><numerusform>%n symbols</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Training %n demo model(s) on the sample data…</source>
        <translation><numerusform>Training %n demo model on the sample data…</numerusform><numerusform>Training %n demo models on the sample data…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced model file(s) removed</source>
        <translation><numerusform>%n unreferenced model file removed</numerusform><numerusform>%n unreferenced model files removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) marked failed: model file missing</source>
        <translation><numerusform>%n model marked failed: model file missing</numerusform><numerusform>%n models marked failed: model file missing</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) saved just before ModelDeck stopped marked completed</source>
        <translation><numerusform>%n job saved just before ModelDeck stopped marked completed</numerusform><numerusform>%n jobs saved just before ModelDeck stopped marked completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) interrupted when ModelDeck stopped are queued again</source>
        <translation><numerusform>%n job interrupted when ModelDeck stopped are queued again</numerusform><numerusform>%n jobs interrupted when ModelDeck stopped are queued again</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed after %1 interruptions in a row</source>
        <translation><numerusform>%n job failed after %1 interruptions in a row</numerusform><numerusform>%n jobs failed after %1 interruptions in a row</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation><numerusform>%n open alert</numerusform><numerusform>%n open alerts</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::MainWindow</name>
    <message numerus="yes">
        <source>Importing %n file(s)…</source>
        <translation><numerusform>Importing %n file…</numerusform><numerusform>Importing %n files…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>   %n row(s) with missing values skipped</source>
        <translation><numerusform>   %n row with missing values skipped</numerusform><numerusform>   %n rows with missing values skipped</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s)</source>
        <translation><numerusform>Imported %n file</numerusform><numerusform>Imported %n files</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n training job(s) are running. Quitting cancels them; they stay in the history as cancelled and can be run again.

Quit anyway?</source>
        <translation><numerusform>%n training job is running. Quitting cancels them; they stay in the history as cancelled and can be run again.

Quit anyway?</numerusform><numerusform>%n training jobs are running. Quitting cancels them; they stay in the history as cancelled and can be run again.

Quit anyway?</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualTrainingFlow</name>
    <message numerus="yes">
        <source>%n trained model(s) from an earlier session wait for you to save or discard them.</source>
        <translation><numerusform>%n trained model from an earlier session wait for you to save or discard them.</numerusform><numerusform>%n trained models from an earlier session wait for you to save or discard them.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelImporter</name>
    <message numerus="yes">
        <source>%n unnamed columns</source>
        <translation><numerusform>%n unnamed columns</numerusform><numerusform>%n unnamed columns</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelsPage</name>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation><numerusform>%Ln model</numerusform><numerusform>%Ln models</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln model(s)</source>
        <translation><numerusform>%1 of %Ln model</numerusform><numerusform>%1 of %Ln models</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::OptimizerPanel</name>
    <message numerus="yes">
        <source>%n trial(s) recorded</source>
        <translation><numerusform>%n trial recorded</numerusform><numerusform>%n trials recorded</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::PendingJobsModel</name>
    <message numerus="yes">
        <source>Horizon: %n bar(s)</source>
        <translation><numerusform>Horizon: %n bar</numerusform><numerusform>Horizon: %n bars</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionChart</name>
    <message numerus="yes">
        <source>%n bar(s) of closes up to %1</source>
        <translation><numerusform>%n bar of closes up to %1</numerusform><numerusform>%n bars of closes up to %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n saved prediction(s)</source>
        <translation><numerusform>; %n saved prediction</numerusform><numerusform>; %n saved predictions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>, %n with the actual close</source>
        <translation><numerusform>, %n with the actual close</numerusform><numerusform>, %n with the actual close</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n saved prediction(s)</source>
        <translation><numerusform>%n saved prediction</numerusform><numerusform>%n saved predictions</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionPicker</name>
    <message numerus="yes">
        <source>%n bar(s) ahead</source>
        <translation><numerusform>%n bar ahead</numerusform><numerusform>%n bars ahead</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionResultPanel</name>
    <message numerus="yes">
        <source>%1 (%n bar(s) ahead)</source>
        <translation><numerusform>%1 (%n bar ahead)</numerusform><numerusform>%1 (%n bars ahead)</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionTableModel</name>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation><numerusform>%n bar</numerusform><numerusform>%n bars</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::QueuePanel</name>
    <message numerus="yes">
        <source> · %n job(s) waiting; Start (Ctrl+F5) runs them</source>
        <translation><numerusform> · %n job waiting; Start (Ctrl+F5) runs them</numerusform><numerusform> · %n jobs waiting; Start (Ctrl+F5) runs them</numerusform></translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting</source>
        <translation><numerusform> · %n job waiting</numerusform><numerusform> · %n jobs waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation><numerusform>%n job waiting.</numerusform><numerusform>%n jobs waiting.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue.</source>
        <translation><numerusform>Removed %n job from the queue.</numerusform><numerusform>Removed %n jobs from the queue.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordDetailsPane</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation><numerusform>%n item</numerusform><numerusform>%n items</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshPanel</name>
    <message numerus="yes">
        <source>Refreshing %n series…</source>
        <translation><numerusform>Refreshing %n series…</numerusform><numerusform>Refreshing %n series…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series</source>
        <translation><numerusform>%1 of %n series</numerusform><numerusform>%1 of %n series</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the price data of %n series.</source>
        <translation><numerusform>Refreshed the price data of %n series.</numerusform><numerusform>Refreshed the price data of %n series.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series could not be refreshed; their data at hand was used:</source>
        <translation><numerusform>%n series could not be refreshed; their data at hand was used:</numerusform><numerusform>%n series could not be refreshed; their data at hand was used:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n series were not refreshed:</source>
        <translation><numerusform>%n series were not refreshed:</numerusform><numerusform>%n series were not refreshed:</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation><numerusform>%n h</numerusform><numerusform>%n h</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation><numerusform>%n d</numerusform><numerusform>%n d</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Trained more than %n hour(s) ago; retraining is due.</source>
        <translation><numerusform>Trained more than %n hour ago; retraining is due.</numerusform><numerusform>Trained more than %n hours ago; retraining is due.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportPage</name>
    <message numerus="yes">
        <source>Active models trained within the last %n hour(s)</source>
        <translation><numerusform>Active models trained within the last %n hour</numerusform><numerusform>Active models trained within the last %n hours</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Active models trained more than %n hour(s) ago</source>
        <translation><numerusform>Active models trained more than %n hour ago</numerusform><numerusform>Active models trained more than %n hours ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n record(s)…</source>
        <translation><numerusform>Exporting %n record…</numerusform><numerusform>Exporting %n records…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation><numerusform>Exported %n record to %1.</numerusform><numerusform>Exported %n records to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainEtaEstimate</name>
    <message numerus="yes">
        <source>about %n min</source>
        <translation><numerusform>about %n min</numerusform><numerusform>about %n min</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::RunningJobView</name>
    <message numerus="yes">
        <source>+%n more job(s) running</source>
        <translation><numerusform>+%n more job running</numerusform><numerusform>+%n more jobs running</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::SaveModelDialog</name>
    <message numerus="yes">
        <source>· %n bar(s) ahead</source>
        <translation><numerusform>· %n bar ahead</numerusform><numerusform>· %n bars ahead</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelListModel</name>
    <message numerus="yes">
        <source>%n forecast(s)</source>
        <translation><numerusform>%n forecast</numerusform><numerusform>%n forecasts</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::ScheduledRetrain</name>
    <message numerus="yes">
        <source>Scheduled retraining: no active model is older than %n hour(s).</source>
        <translation><numerusform>Scheduled retraining: no active model is older than %n hour.</numerusform><numerusform>Scheduled retraining: no active model is older than %n hours.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining queued %n job(s)</source>
        <translation><numerusform>Scheduled retraining queued %n job</numerusform><numerusform>Scheduled retraining queued %n jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>; %n already queued</source>
        <translation><numerusform>; %n already queued</numerusform><numerusform>; %n already queued</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchService</name>
    <message numerus="yes">
        <source>%n bar(s) loaded</source>
        <translation><numerusform>%n bar loaded</numerusform><numerusform>%n bars loaded</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Resuming after %n recorded trial(s)</source>
        <translation><numerusform>Resuming after %n recorded trial</numerusform><numerusform>Resuming after %n recorded trials</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n finished trial(s): the search goes on when the queue resumes</source>
        <translation><numerusform>Paused after %n finished trial: the search goes on when the queue resumes</numerusform><numerusform>Paused after %n finished trials: the search goes on when the queue resumes</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::SettingsDialog</name>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation><numerusform>%n job</numerusform><numerusform>%n jobs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation><numerusform>%n thread</numerusform><numerusform>%n threads</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 threads, more than the %n core(s) of this computer: lower the jobs or the threads.</source>
        <translation><numerusform>%1 threads, more than the %n core of this computer: lower the jobs or the threads.</numerusform><numerusform>%1 threads, more than the %n cores of this computer: lower the jobs or the threads.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n core(s) of this computer. Thread changes apply after ModelDeck restarts.</source>
        <translation><numerusform>%1 of the %n core of this computer. Thread changes apply after ModelDeck restarts.</numerusform><numerusform>%1 of the %n cores of this computer. Thread changes apply after ModelDeck restarts.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::StaleRetrain</name>
    <message numerus="yes">
        <source>Models of %n series are older than %1 hours. Queue a new version of each?</source>
        <translation><numerusform>Models of %n series are older than %1 hours. Queue a new version of each?</numerusform><numerusform>Models of %n series are older than %1 hours. Queue a new version of each?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n retraining job(s).</source>
        <translation><numerusform>Queued %n retraining job.</numerusform><numerusform>Queued %n retraining jobs.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::StrategyStudioPage</name>
    <message numerus="yes">
        <source>Best of %n backtest(s) for %1 on %2 %3, shown over the whole series:</source>
        <translation><numerusform>Best of %n backtest for %1 on %2 %3, shown over the whole series:</numerusform><numerusform>Best of %n backtests for %1 on %2 %3, shown over the whole series:</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolListModel</name>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation><numerusform>%n min ago</numerusform><numerusform>%n min ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation><numerusform>%n h ago</numerusform><numerusform>%n h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation><numerusform>%n day ago</numerusform><numerusform>%n days ago</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingControls</name>
    <message numerus="yes">
        <source>Cancel “%1” now?</source>
        <translation><numerusform>Cancel “%1” now?</numerusform><numerusform>Cancel “%1” now?</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting job(s) will be removed from the queue.</source>
        <translation><numerusform>%n waiting job will be removed from the queue.</numerusform><numerusform>%n waiting jobs will be removed from the queue.</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeTrainer</name>
    <message numerus="yes">
        <source>Growing %n trees</source>
        <translation><numerusform>Growing %n trees</numerusform><numerusform>Growing %n trees</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardValidator</name>
    <message numerus="yes">
        <source>Walk-forward: %n fold(s) done</source>
        <translation><numerusform>Walk-forward: %n fold done</numerusform><numerusform>Walk-forward: %n folds done</numerusform></translation>
    </message>
</context>
<context>
    <name>modeldeck::cli</name>
    <message numerus="yes">
        <source>%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n page(s) from %7)</source>
        <translation><numerusform>%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n page from %7)</numerusform><numerusform>%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n pages from %7)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bars in %n page(s)…</source>
        <translation><numerusform>%1: %2 bars in %n page…</numerusform><numerusform>%1: %2 bars in %n pages…</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) whose model was saved before ModelDeck stopped marked completed</source>
        <translation><numerusform>%n job whose model was saved before ModelDeck stopped marked completed</numerusform><numerusform>%n jobs whose model was saved before ModelDeck stopped marked completed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left unfinished when ModelDeck stopped queued again</source>
        <translation><numerusform>%n job left unfinished when ModelDeck stopped queued again</numerusform><numerusform>%n jobs left unfinished when ModelDeck stopped queued again</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed: interrupted %1 times in a row</source>
        <translation><numerusform>%n job failed: interrupted %1 times in a row</numerusform><numerusform>%n jobs failed: interrupted %1 times in a row</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward over %n fold(s): RMSE %1 · naive RMSE %2 · skill vs naive %3</source>
        <translation><numerusform>Walk-forward over %n fold: RMSE %1 · naive RMSE %2 · skill vs naive %3</numerusform><numerusform>Walk-forward over %n folds: RMSE %1 · naive RMSE %2 · skill vs naive %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  search (%1, %n trial(s))</source>
        <translation><numerusform>  search (%1, %n trial)</numerusform><numerusform>  search (%1, %n trials)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n samples</source>
        <translation><numerusform>Wrote %n samples</numerusform><numerusform>Wrote %n samples</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli predictions fill adds them once the bars are in).</source>
        <translation><numerusform>“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli predictions fill adds them once the bars are in).</numerusform><numerusform>“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli predictions fill adds them once the bars are in).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>“%1”, the newest %n predictions with actuals:</source>
        <translation><numerusform>“%1”, the newest %n predictions with actuals:</numerusform><numerusform>“%1”, the newest %n predictions with actuals:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation><numerusform>Exported %n audit event to %1.</numerusform><numerusform>Exported %n audit events to %1.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation><numerusform>Acknowledged %n alert.</numerusform><numerusform>Acknowledged %n alerts.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Last %n trade(s):</source>
        <translation><numerusform>Last %n trade:</numerusform><numerusform>Last %n trades:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 on %2 %3: best %4 %5 with %6 over %n trial(s)</source>
        <translation><numerusform>%1 on %2 %3: best %4 %5 with %6 over %n trial</numerusform><numerusform>%1 on %2 %3: best %4 %5 with %6 over %n trials</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  strategy (%1, %2, %n backtest(s))</source>
        <translation><numerusform>  strategy (%1, %2, %n backtest)</numerusform><numerusform>  strategy (%1, %2, %n backtests)</numerusform></translation>
    </message>
</context>
</TS>