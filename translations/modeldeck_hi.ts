<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN">
<context>
    <name>ImportFileState</name>
    <message>
        <source>Column %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (imported, flagged as invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values will be imported flagged as invalid (marked in the parsed rows).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more row(s) with impossible values (marked in the parsed rows).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows with impossible values make the import fail: correct the file, or set Invalid rows to “Import them flagged as invalid”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with empty or null values will be skipped.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) repeat an earlier timestamp; the later row is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n row(s) are shown; the whole file is checked when importing, and nothing is written if any row is wrong.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PredictionService</name>
    <message>
        <source>Drift on “%1”: could not queue a retrain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift on “%1”: its retrain is already queued as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift on “%1”: queued retrain job %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Feature settings: &quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be a number greater than 0 and less than 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build features: the bars are not in strictly increasing time order (%1 follows %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build features: %1 has a close of %2; prices must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build features: %1 has a volume of %2; volumes must be zero or positive (or turn volume features off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build features: %1 has an invalid open, high or low; range features need a positive open and finite high and low.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build features: the series has more bars than can be indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the feature &quot;%1&quot; cannot be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved feature scaler has %1 columns but the feature settings give %2 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved target scaler has no columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series has %1 bars; windows of %2 bars with horizon %3 need at least %4 bars (history %5 + lookback + horizon, for each of the three splits, with at least %6 training, %7 validation and %8 test samples).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting needs the latest %1 bars (%2 bars of feature history + a window of %3 − 1); the series has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The naive baseline has no network: it repeats the last value and is evaluated without training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tree ensemble (XGBoost), not a network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model needs at least one input feature; got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the %1 network: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be greater than %2 and at most %3; got %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be from %2 to %3; got %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string: “%2” or “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be “%2” or “%3”, not “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 18446744073709551615 (as a string above 9007199254740992).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in this workspace; nothing to refresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown search method “%1”; use grid, random or bayes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bayesian search: the start-up trials must be 0 or more, the candidates 1 or more and gamma above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown search method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stale threshold must be a positive number of hours, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” v%2, the active model of %3 %4, was saved %5 ago, beyond the stale threshold of %6 hours. Retrain it, or raise the threshold in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved features of “%1” v%2 are damaged: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unnamed columns</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The XGBoost model was trained on other inputs than its sidecar describes. The model reads: %1. The sidecar&apos;s features give: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag “%1” is longer than %2 characters or contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model can have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: &quot;horizons&quot; must be a list of 1 to %1 different whole numbers of bars from 1 to %2, e.g. [1, 3, 24].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: &quot;horizons&quot; must be in ascending order, the order of the model&apos;s outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: &quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model path “%1” is not a model file in the workspace&apos;s models folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> … (%1 in all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start reading the model files in use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 bars; import them or resample from a shorter timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTest</name>
    <message>
        <source>“%1” v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p &lt; 0.001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 forecast different symbols (%3 and %4); an A/B test scores two models on the same series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 forecast different timeframes of %3 (%4 and %5); an A/B test scores two models on the same series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The horizons differ: %1 does not predict %2 bars ahead (it predicts %3), so it cannot be compared with %4 at that horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecast of either model had an actual value to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No significant difference: RMSE %1 (%2) vs %3 (%4), %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is better: RMSE %2 vs %3, %4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestPanel</name>
    <message>
        <source>“%1” v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many of the newest bars each model forecasts, each from the bars before it only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run A/B Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score both models on the same recent bars and test the difference (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;vate Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the winning version the active model of its series (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Winner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past A/B tests of these two models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past A/B tests of this pair:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No A/B test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A/B test was cancelled; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring both models on the newest %1 bars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The winner is already the active model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the past A/B tests could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestRepository</name>
    <message>
        <source>Recording the A/B test of “%1” and “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading A/B test %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing A/B tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking A/B test %1 as activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no A/B test %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AbTestService</name>
    <message>
        <source>“%1” v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history to score %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A/B test needs a window of at least %1 forecasts (asked: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A/B test needs two different models or versions; both sides are %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 made no forecasts of the same bars to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no A/B test %1 in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test %1 (“%2” v%3 vs “%4” v%5) found no significant difference: there is no winner to activate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison needs a window of at least %1 forecasts (asked: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertListModel</name>
    <message>
        <source>Error drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertRepository</name>
    <message>
        <source>Recording a drift check of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the drift checks of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raising an alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the recent jobs like job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training %1 failed %n time(s) in a row. Last error: %2</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting open alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledging alert %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsDock</name>
    <message>
        <source>Alerts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AlertsPanel</name>
    <message>
        <source>All severities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by model or message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show ac&amp;knowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge A&amp;ll Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts could not be acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s) shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No alerts have been raised in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open alerts. An alert is raised when a saved model&apos;s live accuracy drifts from what it promised, when a series fails to train several times in a row, or when an active model goes stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alert matches the filter.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLog</name>
    <message>
        <source>Cannot write the audit log to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the audit log as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogDialog</name>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one kind of action only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject contains… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown (local time); “Any” for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown (local time); “Any” for no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the log again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Audit Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Newest %n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditLogModel</name>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GUI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AuditRepository</name>
    <message>
        <source>Recording “%1” in the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the audit log</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainDialog</name>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the &amp;queue when the jobs are queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh price data first (downloaded series only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs this makes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combinations skipped for too few bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training right away, as Training ▸ Start would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before queueing, download the newest bars of the chosen series from the provider each was downloaded from (series resampled from a downloaded one are rebuilt). Series imported from CSV files are trained as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto-train result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every item in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck every item in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncheck all %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least %1 bars per series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 of %3 symbols)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Counted on the bars stored now: the refresh may add enough.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Queue %n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Refresh and Queue %n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh and Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one symbol, timeframe and bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s): </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) to queue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Close without queueing anything; series refreshed so far keep their new bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the training queue is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new job(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) were already queued or running.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n combination(s) skipped for too few bars:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n new training job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n skipped for too few bars</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::AutoTrainPlan</name>
    <message>
        <source>%1 %2 %3: %4 bars, needs %5</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::BarBulkWriter</name>
    <message>
        <source>Preparing the bar insert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bar insert failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing bars failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::BestSoFarChart</name>
    <message>
        <source>Best skill so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each completed trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best validation skill so far by trial</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::BinanceKlineParser</name>
    <message>
        <source>%1 does not list the symbol “%2” (%3). Binance symbols are pairs written without a separator, such as BTCUSDT or ETHBTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 for %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request for %2 (HTTP %3, code %4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 for %2 is incomplete or malformed: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a list of klines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kline %1 has %2 fields instead of at least 6</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::BinanceProvider</name>
    <message>
        <source>“%1” is not a %2 symbol; write pairs such as BTCUSDT (letters and digits only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kept sending pages for %2 past the requested range; stopped after %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered bars from before the requested start for %2; it does not look like the Binance klines API.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::BusyBackoff</name>
    <message>
        <source>Writing to the workspace database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked by another program for %2 s (%3 tries). Close the program that holds it (for example sqlite3) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked by %2 for %3 s (%4 tries). Let it finish or close it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::BusyWait</name>
    <message>
        <source>The workspace database is locked by another program (for example sqlite3 or another ModelDeck)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace database is locked by another process: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could write to the workspace database again after %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; ModelDeck keeps retrying (%2, %3 s so far).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareDialog</name>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare / A/B Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparison progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics of each model on the newest bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss Curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the comparison was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scoring %n model(s) on the newest %1 bars of their series…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model could be scored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each model forecast the newest bars of its series, each from the bars before it; the chart shows %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareForecastChart</name>
    <message>
        <source>Actual close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual closes and each model&apos;s forecasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forecasts to show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CompareLossChart</name>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss per epoch of each model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training epochs recorded for these models.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::CsvFormat</name>
    <message>
        <source>line %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) imported but flagged as invalid: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no data rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n data row(s) have empty or null values; there is nothing to import.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
        <source>The dates could be day-first or month-first (for example “%1”); choose the date order (day-first or month-first) and import again.</source>
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
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have impossible prices or volumes:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the file, or choose “keep invalid rows” to import them flagged as invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC is before 1900</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC is in the future (more than a day from now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) are dated outside 1900-01-01 to tomorrow:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Correct the dates; a row dated in the future would become the series’ newest bar.</source>
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
    <name>modeldeck::DesktopNotifier</name>
    <message>
        <source>ModelDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more in the Alerts panel</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Training finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadDialog</name>
    <message>
        <source>Download Price History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every series this workspace downloaded before is brought up to date from its provider, starting at its newest stored bar. Series that only came from CSV files are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download progress per symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per symbol: hover over a row for the whole message and the provider&apos;s notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall download progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the download window was closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh All Price History</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Download %n symbol(s) (Enter)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>A download is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop: series already written stay, the others write nothing (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel was pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… A series being written is completed or rolled back; nothing partial is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before it started; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to refresh: no series in this workspace was downloaded from a provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancelled: %1 of %n series completed; nothing was written for the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was downloaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was downloaded; each row says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series downloaded.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated and %3 unchanged bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n series failed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more (see the rows marked Failed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series skipped: never downloaded from a provider (see the rows).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadOptionsWidget</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Continue from the last stored bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Between dates (UTC):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the prices come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols as the provider spells them, separated by commas or spaces; symbols this workspace already downloads from the provider are filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar length; only those the provider offers are listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch each series from its newest stored bar (fetched again, as it may have been incomplete): only what is missing is downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the bars from the first day through the last (or up to now); stored bars in the range are replaced by the provider&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop at the last day instead of now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbols:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AAPL, MSFT, RELIANCE.NS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BTCUSDT, ETHUSDT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series not stored yet get the last %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day (%1) is after the last day (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadProgressModel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 from %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1 bars received</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::DownloadService</name>
    <message>
        <source>Cancelled before %1 was saved; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 rebuilt from %3: %4 new, %5 updated bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series of %1 resampled from %2 were not rebuilt: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (resampled from %3) was not rebuilt: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No timeframe given; %1 needs one such as 5m, 1h or 1d.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No symbols to download.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start %1 is not before the end %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before %1 was fetched; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fetch: the stored bars already reach %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was written for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no %2 bars of %3 from %4 to %5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::DriftMonitor</name>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::FeatureConfig</name>
    <message>
        <source>Feature settings: unknown key &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; + &quot;%2&quot; must be less than 1 so that bars remain for the test split (got %3 + %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature settings: &quot;%1&quot; must be &quot;%2&quot; (the log return over the horizon) or &quot;%3&quot; (the close itself).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::FileSet</name>
    <message>
        <source>This exists and is not a regular file, so it is not replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The existing file could not be set aside to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new file could not be moved into place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::FilterSidebar</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search symbol, bot, error…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find models whose symbol, timeframe, bot, period or error contains this text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all models again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;earch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryModel</name>
    <message>
        <source>Job %1 · %2
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the test split of the training record this job produced, in price units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::HistoryPage</name>
    <message>
        <source>&amp;Re-run with same config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search tr&amp;ials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train &amp;best config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show jobs with status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue this job again with the same symbol, timeframe, bot and settings (a failed, cancelled or interrupted job is retried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the job history again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finished job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n finished job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No training job has finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No finished job has this status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this search&apos;s trials, best skill so far and skill by parameter (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a hyperparameter search has trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a hyperparameter search has a best configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the search&apos;s trials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial of this search completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a training job with trial %1&apos;s parameters: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trials — %1 (job %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not queued: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with the best configuration is already queued (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 with trial %2&apos;s configuration as job %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already queued (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 again as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued %1 again (job %2, retried).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::HttpFetcher</name>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request; try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 Gave up after %n attempt(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sent more than %2 MiB; that is not a price history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was still sending its answer after %2 s, the most one request may take (setting download/totalTimeoutSeconds); try a shorter date range or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1 (%2). The workstation appears to be offline, or the server is down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer from %1 broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportDialog</name>
    <message>
        <source>Import Price History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files to import; select one to preview it. Drop more files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CSV files to import (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the selected files out of the import (Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready as %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose CSV files with Add Files… (Ctrl+O) or drop them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the symbol to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read as price history: see the problem below and the File text tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n file(s) (Enter)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Add files to import first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another import is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the errors listed first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
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
        <source>Import cancelled; nothing was written to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written to the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n file(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → %2 %3: %4 new, %5 updated, %6 unchanged bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) with missing values skipped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportFileTypes</name>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportOptionsWidget</name>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>day-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>month-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year-first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the bars under this symbol, e.g. TCS.NS or AAPL; leave empty to take it from the file (yfinance Ticker row or file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar length; Detect takes the most common spacing of the timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone of timestamps without a UTC offset (the exchange&apos;s); Detect uses the symbol&apos;s stored zone or its suffix (.NS → Asia/Kolkata). Type to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first (DD-MM-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first (MM-DD-YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order of day and month in dates such as 03/04/2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import them flagged as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with rows whose prices are impossible (high below low, negative values, open or close outside the range, as in the oldest rows of many Yahoo downloads); flagged rows are counted in the import summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&amp;nvalid rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (from the file)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportPreviewModel</name>
    <message>
        <source>Invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adj Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportPreviewPane</name>
    <message>
        <source>Parsed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parsed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a problem to show its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format: %1, separated by “%2”. Imports as %3, %4 bars, naive times read in %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ImportanceChart</name>
    <message>
        <source>Gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the gain (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No feature importance: only tree models have one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::InferenceModel</name>
    <message>
        <source>Internal error: %1 input values do not form %2 windows of %3 × %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: a model needs a lookback, features and outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a TorchScript model LibTorch can load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model does not accept one window of %1 bars × %2 features (shape [1, %1, %2]) as its feature settings say: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model returns NaN or infinity for an all-zero window; it will not be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::InlineMessage</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::InputDrift</name>
    <message>
        <source>%1 (PSI %2, KS p %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The inputs of “%1” have moved away from its training data: %n of its features drift over the newest %2 bars against %3 training bars, most %4.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The inputs of “%1” look like its training data (largest PSI %2 over the newest %3 bars).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::JobLiveness</name>
    <message>
        <source>No heartbeat for more than %1 minutes and its process is gone; the job was given up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::JobRecovery</name>
    <message>
        <source>Queueing again the jobs an earlier run left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDeck stopped while this job was running, %1 times in a row; it is not started again automatically. Retry it once the cause is found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDeck stopped while this job was running; it was queued again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing stuck training jobs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::JobRepository</name>
    <message>
        <source>Saving the progress of training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the heartbeat of training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the progress of training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for an identical training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the end of the training queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing a training job for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the training queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing finished training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the next training job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linking training job %1 to its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning training job %1 to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is not running; it cannot go back to the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is not running; its heartbeat was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 cannot finish as “%2”: that is not a final state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the end of training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is %2, not running; only a running job can finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is %2; only pending jobs can be removed from the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearing the training queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the training queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is %2; only pending jobs can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumbering the training queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the priority of training job %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is already waiting in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 is running; it can be retried after it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 completed; queue a new job to train the model again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training job %1 cannot be retried: an identical job (%2) is already queued or running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing training job %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue command is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the queue command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading queue commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the queue command “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the training job: the symbol is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the training job: the timeframe is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the training job: the bot (model type) is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the training job: the horizon must be at least 1 bar (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot queue the training job: max retries cannot be negative (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::JobText</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::LiveAccuracyChart</name>
    <message>
        <source>Skill vs naive %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % coverage %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (local time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live accuracy of the model at each fill of actual values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved model to see its live accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Latest (%1, %n prediction(s)): RMSE %2, skill vs naive %3 %, 95 % coverage %4</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::LossChart</name>
    <message>
        <source>Waiting for the first epoch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, validation loss %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::MainStatusBar</name>
    <message>
        <source>Show the Alerts panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files were not checked at start-up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue: owned by another process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n open alert(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n symbol(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No price history yet: Data ▸ Import CSV… or Data ▸ Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unreferenced model file(s) removed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) marked failed: model file missing</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) saved just before ModelDeck stopped marked completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) interrupted when ModelDeck stopped are queued again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed after %1 interruptions in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue %1: %2 running · %3 pending · %4 done · %5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Training %n demo model(s) on the sample data…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::MainWindow</name>
    <message>
        <source>ModelDeck</source>
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
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;ed Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Download…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download price history from Yahoo Finance or Binance (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch new bars for every downloaded symbol (Ctrl+Shift+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train one model by hand, then choose whether to save it (Ctrl+Shift+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain &amp;Stale Models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a new version of every active model older than the stale threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit Log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who trained, saved, cleared, deleted, imported or exported what, and when (Ctrl+Shift+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded %1 series, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were saved, but not recorded in the audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit ModelDeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n training job(s) are running. Quitting cancels them; they stay in the history as cancelled and can be run again.

Quit anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualResults</name>
    <message>
        <source>Training record %1 is not waiting for a decision: it was already saved or discarded, or it no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ManualTrainingFlow</name>
    <message>
        <source>Could not look for unsaved training results: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trained model(s) from an earlier session wait for you to save or discard them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 was cancelled; there is no model to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1 failed; there is no model to save.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reason was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load training result %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::MarketDataProvider</name>
    <message>
        <source>%1 does not offer %2 bars; choose one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider “%1”; choose one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a usable base URL for %2; it needs http:// or https:// and a host.</source>
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
    <message>
        <source>Reading the newest bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the import log</source>
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
    <name>modeldeck::ModelBacktest</name>
    <message>
        <source>“%1” v%2 does not predict %3 bars ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring “%1” v%2 on %3 forecasts at horizon %4 needs %5 bars of %6 %7 (at least %8 for %9 forecasts); the workspace has %10.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelCardDelegate</name>
    <message>
        <source>Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a new training run with the same settings (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model file and archive this record (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelCardView</name>
    <message>
        <source>Trained models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows details, R retrains, Delete clears the current model.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelClearer</name>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to clear: %1 is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear %1?

Training records to archive: %2
Model files to delete: %3 (%4 MB)

The records stay in the history; the files cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: nothing was cleared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1. Records archived: %2; files deleted: %3 (%4 MB).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelConfig</name>
    <message>
        <source>Unknown bot “%1”; known bots are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot in the hyperparameters (%1) does not match the selected bot “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hyperparameter “%1”; valid keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heads (%1) must divide hidden_size (%2) for the transformer: each attention head gets hidden_size / heads dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelDetailsDialog</name>
    <message>
        <source>Edit Details of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the model is for, how it was trained…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. production, hourly, experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas. Search finds models by their tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelFile</name>
    <message>
        <source>Serialising the model failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder for the model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the model file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the model file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file cannot be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file does not match the one ModelDeck saved (SHA-256 differs): it was changed, truncated or replaced, so it will not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a ModelDeck model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is damaged or does not fit this model&apos;s configuration: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelImporter</name>
    <message>
        <source>Importing a model file runs code from it, so it is imported only after you confirm that you trust where it came from. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model sidecar (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which symbol and timeframe the model predicts (in the sidecar&apos;s &quot;symbol&quot; and &quot;timeframe&quot;, or with the import request).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file is not the one its sidecar describes (SHA-256 %1…, the sidecar says %2…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelRegistry</name>
    <message>
        <source>A model needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model name “%1…” is longer than %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model name “%1” contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model name “%1” starts or ends with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 failed (%2); only a trained model can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 (%2) has no model file to save; the naive baseline needs none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 has damaged model settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 cannot be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is taken by a model for %2 %3; this one is for %4 %5. Save it under another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model “%1” has no version %2 (it has %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is taken by another model; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another folder or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelRegistryRepository</name>
    <message>
        <source>A model named “%1” already has a version %2 (another save of the same name ran at the same time?); save it again to get the next version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the versions of model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating the previous model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was deleted meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deactivating model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing model names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “%1” is taken by another model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the description and tags of model “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the intervals of model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the intervals of model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing model files</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSidecar</name>
    <message>
        <source>Model sidecar: the file is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: this is not a ModelDeck model description (it needs &quot;modeldeck_model&quot;: 1; bench/reference/export_torchscript.py writes one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: &quot;format&quot; must be &quot;torchscript&quot;, &quot;modeldeck&quot; or &quot;xgboost&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: an XGBoost model&apos;s &quot;model_type&quot; must be forest_bot or gbm_bot, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: the target scaler has %1 columns; it needs 1 (shared) or one per horizon (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: a ModelDeck model predicts its feature settings&apos; horizon with their lookback; &quot;model_config&quot;, &quot;features&quot; and &quot;horizons&quot; disagree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model sidecar: &quot;sha256&quot; must be 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelStore</name>
    <message>
        <source>The model file %1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the model file %1: no training record or saved model refers to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unused model file %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the symbol whose models to clear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file %1 could not be removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelSwitcher</name>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol whose active model to show or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeframe whose active model to show or change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model that predicts this symbol and timeframe; choose another to activate it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active m&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the saved models could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2 (active)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelVersionsDialog</name>
    <message>
        <source>v%1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created at an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — RMSE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate an older version to roll back; the newer ones stay saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected version the active model for its symbol and timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected version and its file (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ModelsPage</name>
    <message>
        <source>Show &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this model&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a new training run with the same settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model file and archive its record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;every model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model files and archive their records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the models could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to see its trained models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models have been trained in this workspace yet.
Queue training for a symbol, and its model card appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading models… (newest %1 shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln model(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No model matches these filters.
Change them or choose Reset filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all %1 %2 models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all models of the selected symbol and timeframe…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all %1 %2 models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every model in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::OptimizerPanel</name>
    <message>
        <source>Hyperparameter search summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter to plot skill against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;arameter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current trial&apos;s validation loss per epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every recorded trial; click a header to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The best validation skill after each completed trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each completed trial&apos;s skill against one parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss per epoch of a trial that is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first epoch of a trial…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live (trial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 complete, %2 pruned, %3 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 trials recorded: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n trial(s) recorded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No trial has finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best: trial %1, skill %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ParamScatterChart</name>
    <message>
        <source>Validation skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation skill against a parameter</source>
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
    <message>
        <source>The path “%1” in the workspace “%2” goes through a symbolic link to something that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PendingJobsModel</name>
    <message>
        <source>Job %1, queued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Horizon: %n bar(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts so far: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher priorities run first; equal priorities run in list order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PerformanceDrift</name>
    <message>
        <source>“%1” errs %2 times as much as on its test split (RMSE %3 over its last %4 predictions, %5 when saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 95 % interval of “%1” covered %2 % of the last %3 actual values (at least %4 % expected).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PerformanceRepository</name>
    <message>
        <source>Recording the performance of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the performance history of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Planner</name>
    <message>
        <source>Its import log says it was resampled in a circle (%1); there is nothing to refresh it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resampled from %1, which this workspace no longer has; there is nothing to refresh it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resampled from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from %1; there is no provider to refresh it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never downloaded (resampled or imported from CSV); there is no provider to refresh it from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded from “%1”, a provider this version does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionChart</name>
    <message>
        <source>No price history for this series yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted (circle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual (square)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price history and predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) of closes up to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n saved prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n with the actual close</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n saved prediction(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionHistoryView</name>
    <message>
        <source>&amp;Copy Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the predictions of one model only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hor&amp;izon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one horizon only (bars ahead); Any shows all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the predictions for one symbol only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most this many of the newest predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected rows as tab-separated text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved predictions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved predictions yet. Tick “Save prediction” before pressing Predict to keep a prediction here and see its actual close once that bar arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved predictions could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionPicker</name>
    <message>
        <source>Sym&amp;bol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The symbol whose models are offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timefr&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar timeframe of the series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mod&amp;el:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered models of this series; the active one is chosen first. Only the active version of a model predicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hori&amp;zon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bars ahead to predict: the horizons the model was trained for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model for this series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · v%2 · active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · v%2 · not active</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionRepository</name>
    <message>
        <source>Saving the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing predictions waiting for their bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bar of prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filling in prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionResultPanel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s prediction of the close of the target bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The close should fall in this range 4 times out of 5, if the market behaves as in the model&apos;s validation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the 80 % interval, 19 times out of 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest stored bar the prediction was made from, and its close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For bar:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the predicted bar; nights, weekends and holidays can push the real bar later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The active version of the model that made the prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved predictions are listed below and get their actual close later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Predict (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, close %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n bar(s) ahead)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 v%2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (row %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionService</name>
    <message>
        <source>There is no model named “%1” in this workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model “%1” is not active (versions %2); activate one of its versions to predict with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 does not predict %2 bars ahead; it supports horizons %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry entry of %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file of %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no symbol “%1” in this workspace; import its price history to predict with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 needs the latest %2 %3 %4 bars (%5 bars of feature history + a window of %6 − 1); the workspace has %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model %1 predicted %2, which is not a price.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionTableModel</name>
    <message>
        <source>Not known yet: the bar at the target time has not been imported or downloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model has been deleted from the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>When the prediction was made (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start of the predicted bar (UTC); nights and weekends can push the real bar later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual close minus predicted close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds of the 80 % prediction interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounds of the 95 % prediction interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionText</name>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::PredictionsPage</name>
    <message>
        <source>Save predi&amp;ction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the prediction in the table below, where it gets its actual close once that bar is imported or downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict the close with the chosen model and horizon (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closes &amp;&amp; Predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live Accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual closes could not be filled in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registered models could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No models are registered yet. Save a trained model from the Models tab, or import one, to predict with it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved model to see its live accuracy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The live accuracy could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live accuracy of “%1” yet: it is recorded each time its saved predictions get their actual closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a symbol and timeframe to see its recent closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 %2 bars are stored; import or download them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicting with “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueBinding</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another ModelDeck process runs this workspace&apos;s training queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueLock</name>
    <message>
        <source>The training queue of this workspace is already run by another ModelDeck (process %1 on %2). Close it there, or use that window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the queue lock file in the workspace (permission or disk problem).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::QueuePanel</name>
    <message>
        <source>Queue status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs done in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m jobs done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No jobs are waiting.
Training ▸ Auto-train… (Ctrl+Shift+T) queues jobs for your symbols.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected job earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the selected job later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the selected jobs out of the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority of the selected job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Higher priorities run first; equal priorities run in list order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Priority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting; Start (Ctrl+F5) runs them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · nothing waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1 of %2 done · %3 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · new jobs start as they are queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · the running job finishes, then the queue waits</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> · %n job(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · the running job finishes; waiting jobs were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) waiting.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the database… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Removed %n job(s) from the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::QueueWorker</name>
    <message>
        <source>Unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Recording the end failed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordDetailsPane</name>
    <message>
        <source>RMSE (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAPE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sMAPE %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directional accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE of the naive forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill of the model alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE of the model alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill vs naive (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill of the model alone (validation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight of the model vs the last close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence the model helps (validation, σ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>80 % interval coverage (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % interval coverage (test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No epochs recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Loss curve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature &amp;importance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model card to see its metrics, loss curve, epochs and configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This training record no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final validation loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best epoch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RecordListModel</name>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter shows details, R retrains, Delete clears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3, %4, trained %5, RMSE %6, MAE %7, skill vs naive %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, retraining %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1d ago</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshPanel</name>
    <message>
        <source>&amp;Skip Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the download and go on with the price data already stored; series refreshed so far keep their new bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipping the refresh; going on with the data at hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the refresh…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshing %n series…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n series</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The refresh was skipped; the data at hand was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Refreshed the price data of %n series.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series could not be refreshed; their data at hand was used:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n series were not refreshed:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::RefreshThenTrain</name>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training was asked to start without waiting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RegisteredModelLoader</name>
    <message>
        <source>“%1” v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file of %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry entry of %1 has damaged model settings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file of %1 cannot be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file of %1 does not fit its registry entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry entry of %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model file of %1 (%2) is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trained more than %n hour(s) ago; retraining is due.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ReportPage</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by symbol, timeframe, bot or status…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the listed records as a CSV file (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the records from the workspace again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active (≤ %1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale (&gt; %1 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Active models trained within the last %n hour(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Active models trained more than %n hour(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading training records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training runs recorded in this workspace yet.

Trained, failed and archived models appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the training records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modeldeck-report-%1.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exporting %n record(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
    <name>modeldeck::RetrainEtaEstimate</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>about %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>about %1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainRepository</name>
    <message>
        <source>Reading how long finished training jobs took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading when training record %1 was last retrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading workspace state “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing workspace state “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainScheduler</name>
    <message>
        <source>Scheduled: v%1 last trained %2 hours ago (threshold %3 hours)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainSettings</name>
    <message>
        <source>The age after which a model is retrained must be 1 to %1 hours (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retraining window needs a valid start and end time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrains per run must be 1 to %1 (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schedule&apos;s check interval must be %1 to %2 minutes (it is %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainSettingsGroup</name>
    <message>
        <source>Retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain stale models on a sc&amp;hedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh their price data first (downloaded series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain a&amp;utomatically when drift is found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While ModelDeck (or modeldeck-cli queue run --schedule) runs, queue a new version of each active saved model older than the threshold, once per window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain models older than hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An active saved model trained longer ago than this is retrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time the window opens; it may end the next morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local time the window closes; equal to the start: the whole day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most retrains per run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oldest models go first; the others wait for the next window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check every minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the running app looks whether the window has opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When filling in actual values raises a drift alert for a saved model, queue a retrain of it with the alert as the reason (an identical queued job is reused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age threshold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Most retrains per run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start equal to end: the whole day, one run a day from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overnight: from %1 until %2 the next morning, one run per night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2, one run a day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainTracker</name>
    <message>
        <source>Retraining · %1 · %2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: no workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 could not be queued for retraining: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already queued for retraining (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued retraining of %1 (job %2). Start the queue to run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued retraining of %1 (job %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RetrainTrigger</name>
    <message>
        <source>Cannot retrain “%1”: there is no saved model of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retrain “%1” v%2: it was imported from a TorchScript file, which ModelDeck cannot train.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retrain training record %1: there is no such record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retrain: name a saved model or a training record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot retrain %1: its saved settings are not valid any more: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training record %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::RunningJobView</name>
    <message>
        <source>Current job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first epoch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last job: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more job(s) running</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running job&apos;s loss per epoch appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SafeRead</name>
    <message>
        <source>%1 GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is a symbolic link to something that does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a regular file (it is a device, pipe or socket), so it is not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1, the most ModelDeck reads from such a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SaveModelDialog</name>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep Deciding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 % (RMSE lower than the naive forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 % (RMSE higher than the naive forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Trained Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training of %1 on %2 %3 finished. Save the model under a name to keep it, or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required and unique; at most %1 characters, no leading or trailing spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the name cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this model is for (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. intraday, experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated; spaces around tags and repeated tags are dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make &amp;active for %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions for %1 %2 use this model from now on, replacing the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register the model under this name (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the trained model file; asks first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>· %n bar(s) ahead</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (best: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result on the test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A model named “%1” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model “%1” (version %2), now active for %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model “%1” (version %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the %1 model trained on %2 %3?

Its model file (%4) is deleted and its results archived. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard trained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model was not discarded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the trained %1 model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discarded the trained model, but: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedFeatures</name>
    <message>
        <source>The saved feature settings are missing (&quot;features&quot; must be an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved feature names (%1) are not the ones these feature settings produce (%2); the model was made for other inputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved feature scaler is missing or damaged: it needs &quot;mean&quot; and &quot;std&quot; arrays of %1 finite numbers (std above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved target scaler is missing or damaged: it needs &quot;mean&quot; and &quot;std&quot; arrays of finite numbers (std above 0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved model weight must be a number from 0 to 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelActions</name>
    <message>
        <source>“%1” v%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 v%2 could not be activated: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already the active model for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It replaces %1, which stays saved and can be activated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is active for %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make %1 the active model for %2?

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed: %1 was not activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 could not be activated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the active model for %2 (replacing %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now the active model for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: “%1” could not be renamed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”; its versions and files are unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the description and tags of “%1” were not saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the description and tags of “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 could not be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These files already exist and will be replaced by %1:

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 could not be deleted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1 could not be deleted: it has no such version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of “%2”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1” and all its versions?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to delete: %1
Model files: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the active model for %1 %2: that series will have no active model until you activate another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1: versions: %2, freed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files that could not be removed: %1 (the next clean-up of the models folder removes them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already queued as job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelDelegate</name>
    <message>
        <source>No tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT READY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelListModel</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover 95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2 (%3 %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready: the file is present and matches its checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2, %3 %4%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelPrompts</name>
    <message>
        <source>New name for “%1” and all its versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

New name for “%2” and all its versions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a new version of “%1” with the settings of its active version.

Reason (optional, kept with the job):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “%1” v%2 to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The versions of “%1” could not be listed:
%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SavedModelsPage</name>
    <message>
        <source>Saved models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model names; each can have several versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models whose shown version (the active one, else the newest) has its file in the workspace with the checksum it was saved with, checked when the page loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk space of every version&apos;s model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A activates, V shows versions, F2 renames, E edits details, Ctrl+E exports, Delete deletes the selected model, C compares the selected models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name, description, tags (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search saved models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model type filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active onl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the models that predict their symbol and timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected model the active one for its symbol and timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vers&amp;ions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the versions to roll back to an older one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename the model and all its versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Ta&amp;gs/Description…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the description and tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport / Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the model file and its JSON sidecar to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retr&amp;ain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a new version with the active version&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete This &amp;Version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the shown version and its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the model with all its versions and files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mpare / A/B Test…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the selected models (Ctrl+click to select several; one model with several versions compares its two newest) and A/B test two of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete one version or the whole model (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the saved models could not be listed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All timeframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved model names: %1; versions in all: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace to see its saved models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved models yet.
Save a trained model from its card or after training, and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved model matches the search and filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Version %1 Only…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::ScheduledRetrain</name>
    <message>
        <source>Refreshing before scheduled retraining failed for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled retraining could not look for stale models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled retraining failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining: no active model is older than %n hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scheduled retraining queued %n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already queued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>; not retrained: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchService</name>
    <message>
        <source>Loading %1 %2 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n bar(s) loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming after %n recorded trial(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial of the search completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trial of the search completed; the last failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training the best configuration · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial %1 · epoch %2 · validation loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned: worse than the median of finished trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused after %n finished trial(s): the search goes on when the queue resumes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trial %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchSpace</name>
    <message>
        <source>Search grid: points per axis must be from 1 to %1; got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search grid: %1 points per axis make more than %2 points (reached at “%3”); use fewer points per axis, fewer hyperparameters or a random or bayes search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown field “%2”; a choice has &quot;type&quot; and &quot;values&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown field “%2”; a range has &quot;type&quot;, &quot;low&quot;, &quot;high&quot; and &quot;log&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” needs finite numbers &quot;low&quot; and &quot;high&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;log&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: an int range needs whole numbers &quot;low&quot; and &quot;high&quot; from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;low&quot; (%2) is above &quot;high&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;low&quot; (%2) must be below &quot;high&quot; (%3); leave a fixed value out of the space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: the range is too wide to sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: a log-scale range needs &quot;low&quot; above 0; got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” needs &quot;values&quot;: an array of strings, numbers or booleans.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: &quot;values&quot; is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” has %2 values; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: value %2 is not a string, number or boolean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1”: value %2 repeats an earlier value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” must be an object with a &quot;type&quot;: real, int or choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” needs a &quot;type&quot;: real, int or choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” has an unknown type “%2”; use real, int or choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: %1 hyperparameters given; at most %2 can be searched at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: a hyperparameter&apos;s key is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space: “%1” is not a hyperparameter that can be searched; valid keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchSpec</name>
    <message>
        <source>Search settings: unknown key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: trials must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: seconds must be a whole number from 0 (no limit) to a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: give a number of trials, a time budget in seconds, or both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: seed must be a whole number from 0 to 2^53.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: parallel must be a whole number from 0 (one per core) to 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: prune must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: space must be an object of parameter ranges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search settings: walk_forward must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchTrialRepository</name>
    <message>
        <source>Internal error: only a finished, numbered trial can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording trial %1 of search job %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the trials of search job %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SearchTrialsModel</name>
    <message>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after epoch %1: its validation loss was worse than the median of the finished trials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation skill of the deployed forecast (the model blended with persistence); higher is better, below 0 is worse than naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation skill of the model alone, before the blend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model skill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SettingsDialog</name>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show desktop &amp;notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder with the workspace database and models; a new folder is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the workspace folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another folder is opened when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training jobs that run at the same time (1 to %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent training jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torch threads per job; Auto is one, the fastest for ModelDeck&apos;s models, also beside other busy programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torch threads per job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active models trained longer ago than this count as stale and are due for retraining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent &amp;jobs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torch &amp;threads per job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models are &amp;stale after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alerts and training jobs that finish or fail, through the system tray where the desktop has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default hyperparameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object overriding the built-in defaults shown in grey, e.g. {&quot;epochs&quot;: 20, &quot;hidden_size&quot;: 32}. Empty uses the built-in defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Built-in Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear this bot&apos;s overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B&amp;ot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default hyperparameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training settings and hyperparameters back to the built-in defaults; the workspace folder stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1, column %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hyperparameters must be a JSON object such as {&quot;epochs&quot;: 20}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 threads, more than the %n core(s) of this computer: lower the jobs or the threads.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of the %n core(s) of this computer. Thread changes apply after ModelDeck restarts.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also invalid: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SkillWarning</name>
    <message>
        <source>+%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this model forecasts worse than repeating the last close on the test split (skill vs naive %1; its RMSE is %2 times that of the naive forecast).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WORSE THAN NAIVE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::StaleRetrain</name>
    <message>
        <source>Refreshing before retraining failed for: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not look for stale models: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No active model is older than %1 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain Stale Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Models of %n series are older than %1 hours. Queue a new version of each?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh their price data first (downloaded series only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Queued %n retraining job(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::StepBreadcrumb</name>
    <message>
        <source>Training steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No job is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All steps done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 of %2: %3, in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1.</source>
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
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>downloaded from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resampled from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: never imported or downloaded (resampled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::SymbolsPage</name>
    <message>
        <source>Symbols</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No price history yet.

Import a CSV file with File ▸ Import CSV… (Ctrl+I), drop files onto this window, or download prices with Data ▸ Download….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening workspace…</source>
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
    <name>modeldeck::TrainModelDialog</name>
    <message>
        <source>Train Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The series to train on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeframes this symbol has bars for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model type to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horizon in bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many bars ahead the model predicts the close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> bar(s) ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Symbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeframe:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizon:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyper&amp;parameters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bars)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON object overriding the built-in defaults of %1, e.g. {&quot;epochs&quot;: 20}. Pre-filled with the defaults from Settings; empty uses the built-in defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no price history yet: import a CSV file or download bars first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a symbol and a timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has %3 bars; %4 with a lookback of %5 and a horizon of %6 needs at least %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains %1 on %2 %3 next, ahead of queued auto-train jobs. When it finishes you choose whether to save the model under a name or discard it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job was not queued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same manual training of %1 %2 %3 is already queued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued manual training of %1 %2 %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue is paused: resume it to train.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Trainer</name>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prediction failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed in LibTorch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training ran out of memory; use a smaller batch size, hidden size or lookback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persistence baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s lookback (%1) differs from the features&apos; lookback (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged: the loss became %1 at epoch %2, batch %3. Try a lower learning rate or stronger gradient clipping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2 · batch %3/%4 · loss %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epoch %1/%2 · train loss %3 · validation loss %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating on the test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test RMSE %1 · skill vs naive %2 (network alone %3, weight %4)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingControls</name>
    <message>
        <source>&amp;Auto-train…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Force Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue a training job for every chosen symbol, timeframe and bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start training the waiting jobs, one after another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the queue: the current job finishes, the waiting jobs stay queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the paused queue with the next waiting job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the queue: the current job finishes, the waiting jobs are removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running job now (its progress is lost) and remove the waiting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Force stop the training queue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel “%1” now?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Its training progress is lost and the run is recorded as cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n waiting job(s) will be removed from the queue.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Force Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force-stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job finished before it could be stopped; nothing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingEpochRepository</name>
    <message>
        <source>Saving epoch losses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading epoch losses</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingProgress</name>
    <message>
        <source>Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingQueue</name>
    <message>
        <source>the application is closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the waiting jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force-stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queueing training job %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: the workspace database stayed locked for %2 s. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning training job %1 to the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing training job %1</source>
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
    <message>
        <source>Reading test metrics of training records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archiving training record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tidying undecided training results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing undecided training results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the decision on training record %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 is not waiting for this decision any more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingService</name>
    <message>
        <source>Recording the training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(The failure could not be recorded: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the failed training run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1 %2 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building features from %1 bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 features · %2 / %3 / %4 samples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trained model was kept in “%1” (with a .json file describing the run); it is not in the workspace&apos;s list of models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training record %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record %1 has no model file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TrainingSettings</name>
    <message>
        <source>Unknown hyperparameter “%1”; valid keys are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeBooster</name>
    <message>
        <source>XGBoost could not create a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an XGBoost model (JSON or UBJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model is not a one-output regression (objective “%1”); ModelDeck forecasts with regression models only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model is not a tree ensemble (booster “%1”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model has no input features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost refused %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost refused the feature names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost failed in boosting round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not evaluate round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost&apos;s evaluation “%1” could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not keep the first %1 rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not count the model&apos;s rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not count the model&apos;s features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model claims %1 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not read the model&apos;s feature names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1 values do not form %2 rows of %3 features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model gives %1 outputs for %2 rows; one per row was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not score the features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XGBoost could not save the model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeMatrix</name>
    <message>
        <source>Internal error: %1 values do not form %2 rows of %3 columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training data could not be handed to XGBoost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The targets could not be handed to XGBoost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature names could not be handed to XGBoost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeModelCheck</name>
    <message>
        <source>The XGBoost model is damaged or not one ModelDeck can use: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 has leaf vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 has %2 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1&apos;s %2 does not have its %3 nodes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 of tree %2 names parent %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 has categorical splits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 of tree %2 names children outside the tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>node %1 of tree %2 splits on feature %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model (JSON) is damaged at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an XGBoost model (JSON or UBJSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has %1 input features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its booster is “%1”, not a tree ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its trees have leaf vectors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it announces %1 trees and holds %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tree %1 says it is tree %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::TreeTrainer</name>
    <message>
        <source>%1 is not a tree-ensemble bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s lookback (%1) differs from the features&apos; lookback (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluating on the test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test RMSE %1 · skill vs naive %2 (trees alone %3, weight %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Growing %n trees</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training diverged: the loss became %1 in round %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1/%2 · train loss %3 · validation loss %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::Ubjson::UbjReader</name>
    <message>
        <source>bytes after the end of the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The XGBoost model (UBJSON) is damaged at byte %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends inside a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a number type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a length of %1 does not fit the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it nests deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a typed array without a count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardSpec</name>
    <message>
        <source>Walk-forward: train, test and step must be whole numbers of bars from 1 to 1,000,000,000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward must be “train,test,step” in bars, optionally followed by “,expanding” or “,sliding”; got “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward window must be “expanding” or “sliding”, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward: unknown key “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward with train %1, test %2 and step %3 bars gives more than %4 folds over %5 bars; use a larger step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward needs at least %1 bars (train %2 + test %3); the series has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward fold %1: a training window of %2 bars is too short to hold a validation split.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::WalkForwardValidator</name>
    <message>
        <source>Walk-forward fold %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward: %n fold(s) done</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>modeldeck::WorkspaceSession</name>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift on “%1”: could not queue a retrain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift on “%1”: its retrain is already queued as job %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drift on “%1”: queued retrain job %2.</source>
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
    <name>modeldeck::YahooChartParser</name>
    <message>
        <source>The answer from Yahoo Finance for %1 is incomplete or malformed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Finance answered HTTP %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no “chart” object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Finance has no data for “%1” (%2). Check the spelling (Yahoo symbols look like AAPL, TCS.NS or BTC-USD); the symbol may be delisted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Finance refused the request for %1: %2 (%3, HTTP %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“result” is not a list of charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“timestamp” is not a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the “%1” values are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 timestamps but %2 “%3” values</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::YahooProvider</name>
    <message>
        <source>Yahoo Finance keeps %1 bars for the last %2 days only; the requested range ends before that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yahoo Finance keeps %1 bars for the last %2 days only: fetching from %3 instead of %4.</source>
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
    <message>
        <source>%1 must be a whole number, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit must be a whole number, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No A/B tests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>winner %1 (“%2” v%3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no significant difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” v%2 vs “%3” v%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A (“%1” v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B (“%1” v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B test %1 on %2 %3, horizon %4, the newest %5 forecasts of each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RMSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skill vs naive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>95 % coverage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms per forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abtest needs --model and --model-b (or --history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--horizon must be a whole number of bars, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window must be a whole number of forecasts, at least %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The A/B test was interrupted; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” v%2 is now the active model of %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was activated: there is no winner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit actions to list, comma-separated: %1 (audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected audit entries to FILE as CSV (audit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown audit action “%1”; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date (YYYY-MM-DD) or an ISO time, not “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n audit event(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--invalid-rows must be keep or reject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most important inputs (gain): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>train needs --symbol, --timeframe and --bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA estimating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained %1 on %2 %3 in %4 s (%5 epochs), record %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test: RMSE %1 · MAE %2 · MAPE %3 % · R² %4 · direction %5 % · skill vs naive %6 (naive RMSE %7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trees alone: RMSE %1 · skill vs naive %2; the forecast weighs them %3 against the last close (chosen on the validation split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network alone: RMSE %1 · skill vs naive %2; the forecast weighs it %3 against the last close (chosen on the validation split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> σ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>±%1%2 (covered %3 % of the test split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbounded (too few validation samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervals from %1 validation errors: 80 % %2 · 95 % %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ModelDeck command line.

Commands:
  import FILE... [--symbol S] [--timeframe T] [--tz ZONE] [--date-order O] [--invalid-rows P]
  symbols
  resample --symbol S --from 5m --to 1h
  train --symbol S --timeframe T --bot B [--horizon H] [--params JSON|FILE] [--threads N]
  fetch --provider yahoo|binance|binance-us --symbols A,B --timeframe T [--from DATE] [--to DATE]
        [--base-url URL]   (without --from: from the newest stored bar)
  search --symbol S --timeframe T --bot B [--method grid|random|bayes] [--trials N] [--seconds N]
         [--params P] [--space JSON|FILE] [--walk-forward train,test,step[,sliding]] [--seed N] [--workers N]
  search --job N   (resume a stopped search from its recorded trials)
  queue add --symbol S --timeframe T --bot B [--horizon H] [--params P] [--priority N] [--max-retries N]
            [--search with the search options above]
  queue auto --symbols A,B --timeframes 5m,1h --bots lstm_bot,gru_bot [--params P]
  queue retry|remove --job N
  queue list | status | run | pause | resume | stop | force-stop
  queue run --schedule   (keeps running; retrains stale active models in the retraining window)
  retrain --model NAME | --record ID [--reason TEXT]   (job id, duplicate, ETA)
  predict --model NAME --horizon H [--save]
  models list [--name N] [--symbol S] [--timeframe T]
  models save --record ID --name N [--description D] [--tags a,b] [--activate]
  models activate --name N [--model-version V]
  models import FILE [--sidecar JSON] [--name N] [--symbol S] [--timeframe T] [--activate] --yes
  models export --name N [--model-version V] --out DIR [--yes to overwrite]
  models delete --name N [--model-version V] --yes
  predictions list [--model N] [--horizon H] [--symbol S] [--limit N] | predictions fill
  metrics --model N [--horizon H] [--limit WINDOW] [--history]   (saved predictions vs their actuals)
  drift --model N [--check] [--limit N]   (stored drift checks; --check tests the inputs now)
  alerts [--history] [--limit N] [--stale-hours H] [--ack IDS|all]   (drift, repeated job failures, stale active models)
  audit [--action A,B] [--from T] [--to T] [--limit N] [--csv FILE]   (who did what, newest first)
  alerts [--history] [--limit N]   (drift found in saved models&apos; live accuracy)
  abtest --model A [--model-version V] --model-b B [--model-b-version V] [--window N] [--horizon H]
         [--activate-winner]   (both on the same recent bars; Diebold–Mariano verdict)
  abtest --history [--model A] [--model-b B] [--limit N]
  features export --symbol S --timeframe T --out DIR [--bot B] [--params P] [--horizon H]
        (a table to train on elsewhere; bench/reference/export_xgboost.py imports back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import, symbols, resample, train, search, fetch, queue, predict, models, predictions, metrics, drift, alerts, audit, abtest, retrain or features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[y/N] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the %1 file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON at offset %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a JSON object such as {&quot;epochs&quot;: 20}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features needs the subcommand export; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>features export needs --symbol, --timeframe and --out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists; add --yes to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n samples</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>of %1 columns to %2 and their description to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: failed — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 new, %4 updated, %5 unchanged (%6 bars in %n page(s) from %7)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  %1 bars skipped for missing or unusable values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 bars kept but flagged for impossible values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetch needs --provider, --symbols and --timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--provider must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--symbols needs at least one symbol.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a date such as 2024-01-31 or a time such as 2024-01-31T09:15:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url must be an http:// or https:// URL with a host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 bars in %n page(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+C was pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled; the symbols that were not completed wrote nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 symbols failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>horizons %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  test RMSE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  80 % interval covered %1 % of the test split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3 (%4): %5 · 80 % %6 · 95 % %7 — model “%8” v%9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 bar ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bars ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · actual %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--model-version must be a whole number, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete version %1 of model “%2” (%3)%4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete model “%1”: %2, %3%4?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, including the active one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was deleted; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 of “%2”, %3 freed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was active: %1 %2 has no active model now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models import needs one FILE (a TorchScript model with its JSON sidecar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 runs code from that file. Import it only if you trust where it came from. Import?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; add --yes to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predict needs --model and --horizon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as prediction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models needs an action: list, save, activate, import, export or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown models action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models %1 needs --name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved models yet; save a training record with: modeldeck-cli models save --record ID --name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models save needs --record with a training record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” v%2 is now the active model of %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (instead of “%1” v%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>models export needs --out with a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predictions needs one action: list or fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in the actual value of %1 predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--horizon must be a whole number of bars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved predictions match; predict with --save to keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No accuracy recorded for “%1” at horizon %2 yet: it is recorded whenever its saved predictions get their actual values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded	Samples	RMSE	Skill	80 %	95 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metrics needs --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit (the window) must be a whole number, at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”: none of its %n saved predictions has its actual value yet (modeldeck-cli predictions fill adds them once the bars are in).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>“%1”, the newest %n predictions with actuals:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>RMSE %1 · MAE %2 · R² %3 · direction %4 % · skill vs naive %5 (naive RMSE %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interval coverage: 80 % band %1 · 95 % band %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack takes alert ids separated by commas, or all; “%1” is not an id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ack needs alert ids (see modeldeck-cli alerts), or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drift needs --model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inputs of “%1” cannot be checked yet: that needs its training record (for when its training data ended) and at least %2 bars since then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature	PSI	KS D	KS p	Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No drift checks of “%1” yet: they run whenever its saved predictions get their actual values (predictions fill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked	Kind	Horizon	Score	Threshold	Window	Drift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--stale-hours must be a positive number of hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Acknowledged %n alert(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No open alerts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (acknowledged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  search (%1, %n trial(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  search (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  priority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue add needs --symbol, --timeframe and --bot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already queued as job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued job #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue auto needs --symbols, --timeframes and --bots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 jobs queued (%2 were already queued), %3 combinations skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  skipped </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue run by process %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending %1 · running %2 · completed %3 · failed %4 · cancelled %5 · interrupted %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  #%1 %2 %3%  %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- recent --</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue %1 needs --job with a job id (see queue list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #%1 is pending again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job #%1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent “%1” to the queue running in process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue is running; removed %1 pending jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No queue is running; start one with: modeldeck-cli queue run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) whose model was saved before ModelDeck stopped marked completed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) left unfinished when ModelDeck stopped queued again</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) failed: interrupted %1 times in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Queue empty: %1 completed, %2 failed, %3 cancelled, %4 interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue needs one action: add, auto, list, status, run, retry, remove, pause, resume, stop or force-stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown queue action “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--record must be a training record id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrain needs either --model NAME or --record ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--reason is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already queued as job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued job %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no finished %1 job to estimate from yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no job %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job %1 is a training job, not a search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search job %1 is running in process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search job %1 has completed; its model is record %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search needs --symbol, --timeframe and --bot (or --job N to resume).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same search is already running as job %1 in process %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · best validation skill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial  State          Skill  Model skill  Seconds  Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Walk-forward over %n fold(s): RMSE %1 · naive RMSE %2 · skill vs naive %3</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Best trial %1 retrained and saved as record %2: test RMSE %3 · skill vs naive %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search job %1 is no longer pending: another process took it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search job #%1: %2 %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted (Ctrl+C); resume with search --job %1</source>
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
        <source>policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows with impossible values (open or close outside low–high, negatives): keep imports them flagged as invalid, reject refuses the file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source timeframe (resample), or first date (fetch: YYYY-MM-DD or ISO time, UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tf|date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target timeframe (resample), or end date, exclusive (fetch; default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model: lstm_bot, gru_bot, transformer_bot, mlp_bot, linear_bot, naive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars ahead to predict (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hyperparameters as JSON text or a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json|file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Torch threads per job (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated symbols (queue auto, fetch).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Market-data provider: yahoo, binance or binance-us.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider base URL, e.g. a mirror (default: the download/…BaseUrl setting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated timeframes (queue auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated bots (queue auto).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue priority; higher runs first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concurrent training jobs for queue run (default: the cores divided by the threads per job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job id (queue retry|remove).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic retries after a failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered model name (predict, predictions list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model name in the registry (models …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training record id (models save).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated model tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the saved or imported model the active one of its symbol and timeframe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the prediction in the workspace (predict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The accuracy recorded at each fill, oldest first (metrics); past A/B tests (abtest); acknowledged ones too (alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder to export into (models export).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON description of an imported model (default: FILE with .json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most rows to list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search method: grid, random or bayes (default: bayes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most trials of a search (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall-time budget of a search in seconds (default: none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search space as JSON text or a JSON file (default: the bot&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk-forward validation of the best configuration: train,test,step in bars, optionally ,sliding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed of the search&apos;s sampler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue add: a hyperparameter search job (with --method, --trials, …) instead of one training run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge alerts: comma-separated ids, or all (alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids|all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the model&apos;s inputs for drift now (drift).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First raise an alert for each active model older than this (alerts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second registered model of an A/B test (abtest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version of --model-b (default: the latest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecasts each model makes in an A/B test (default 250).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate the A/B test&apos;s winner, if the difference is significant (abtest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the model is retrained, kept with the job (retrain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue run: keep running and retrain stale active models in the retraining window (Settings ▸ Retraining).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm without asking (importing runs code from the file; deleting is final).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modeldeck::cli::ScheduleTicker</name>
    <message>
        <source>Retraining schedule: %1–%2, models older than %3 hours, at most %4 per run, checked every %5 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled retraining: %1 queued, %2 already queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  job %1: %2 %3 %4 — %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshing before retraining: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshing before retraining: the workspace&apos;s series cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not refreshed: %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshed %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
