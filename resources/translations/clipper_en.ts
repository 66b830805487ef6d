<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Clippings</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/clippings.py" line="63"/>
        <source>Delete %Ln clipping(s)? Undo (Ctrl+Z) brings them back.</source>
        <translation>
            <numerusform>Delete %Ln clipping? Undo (Ctrl+Z) brings it back.</numerusform>
            <numerusform>Delete %Ln clippings? Undo (Ctrl+Z) brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CuttingController</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/cutting_controller.py" line="154"/>
        <source>%n clipping(s) cut</source>
        <translation>
            <numerusform>%n clipping cut</numerusform>
            <numerusform>%n clippings cut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/cutting_controller.py" line="326"/>
        <source>Delete %n page(s)</source>
        <translation>
            <numerusform>Delete %n page</numerusform>
            <numerusform>Delete %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Daily</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/daily.py" line="124"/>
        <source>Wrote %1 (%Ln clipping(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln clipping).</numerusform>
            <numerusform>Wrote %1 (%Ln clippings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/dashboard.py" line="165"/>
        <source>%Ln clipping(s)</source>
        <translation>
            <numerusform>%Ln clipping</numerusform>
            <numerusform>%Ln clippings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/dashboard.py" line="167"/>
        <source>%Ln undated</source>
        <translation>
            <numerusform>%Ln undated</numerusform>
            <numerusform>%Ln undated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/desk.py" line="143"/>
        <source>%Ln suggestion(s).</source>
        <translation>
            <numerusform>%Ln suggestion.</numerusform>
            <numerusform>%Ln suggestions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/desk.py" line="183"/>
        <source>%Ln clipping(s) carry the tone “%1”. Delete it and take it off them? (Undo gives it back.)</source>
        <translation>
            <numerusform>%Ln clipping carries the tone “%1”. Delete it and take it off it? (Undo gives it back.)</numerusform>
            <numerusform>%Ln clippings carry the tone “%1”. Delete it and take it off them? (Undo gives it back.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/exporting.py" line="106"/>
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/exporting.py" line="107"/>
        <source>%Ln clipping(s)</source>
        <translation>
            <numerusform>%Ln clipping</numerusform>
            <numerusform>%Ln clippings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/exporting.py" line="145"/>
        <source>Wrote %1 (%Ln clipping(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln clipping).</numerusform>
            <numerusform>Wrote %1 (%Ln clippings).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/export_dialog.py" line="26"/>
        <source>%Ln clipping(s)</source>
        <translation>
            <numerusform>%Ln clipping</numerusform>
            <numerusform>%Ln clippings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/import_dialogs.py" line="49"/>
        <source>Cancelled: %1 of %Ln item(s) were processed.</source>
        <translation>
            <numerusform>Cancelled: %1 of %Ln item was processed.</numerusform>
            <numerusform>Cancelled: %1 of %Ln items were processed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListController</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/list_controller.py" line="110"/>
        <source>+%Ln copies</source>
        <translation>
            <numerusform>+%Ln copy</numerusform>
            <numerusform>+%Ln copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/list_controller.py" line="245"/>
        <source>%Ln clipping(s) selected.</source>
        <translation>
            <numerusform>%Ln clipping selected.</numerusform>
            <numerusform>%Ln clippings selected.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/main_window.py" line="436"/>
        <source>%Ln clipping(s) · %1 MB</source>
        <translation>
            <numerusform>%Ln clipping · %1 MB</numerusform>
            <numerusform>%Ln clippings · %1 MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Organise</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/organising.py" line="123"/>
        <source>Rule suggests %Ln clipping(s): see the Inbox.</source>
        <translation>
            <numerusform>Rule suggests %Ln clipping: see the Inbox.</numerusform>
            <numerusform>Rule suggests %Ln clippings: see the Inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/actions/organising.py" line="186"/>
        <source>Tags for %Ln clipping(s), separated by commas (a/b makes a sub-tag):</source>
        <translation>
            <numerusform>Tags for %Ln clipping, separated by commas (a/b makes a sub-tag):</numerusform>
            <numerusform>Tags for %Ln clippings, separated by commas (a/b makes a sub-tag):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupDiffDialog</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/pickup_diff.py" line="270"/>
        <source>%Ln difference(s)</source>
        <translation>
            <numerusform>%Ln difference</numerusform>
            <numerusform>%Ln differences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickupReportDialog</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/pickup_report.py" line="118"/>
        <source>Total (%Ln release(s))</source>
        <translation>
            <numerusform>Total (%Ln release)</numerusform>
            <numerusform>Total (%Ln releases)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReleaseView</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/release_view.py" line="245"/>
        <source>%Ln release(s)</source>
        <translation>
            <numerusform>%Ln release</numerusform>
            <numerusform>%Ln releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/release_view.py" line="316"/>
        <source>%Ln pickup(s)</source>
        <translation>
            <numerusform>%Ln pickup</numerusform>
            <numerusform>%Ln pickups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/release_view.py" line="317"/>
        <source>%Ln outlet(s)</source>
        <translation>
            <numerusform>%Ln outlet</numerusform>
            <numerusform>%Ln outlets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Releases</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/release_controller.py" line="246"/>
        <location filename="../../clipper/gui/release_controller.py" line="271"/>
        <source>%Ln photo(s) of the office</source>
        <translation>
            <numerusform>%Ln photo of the office</numerusform>
            <numerusform>%Ln photos of the office</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/release_controller.py" line="378"/>
        <source>Matched again: %Ln pickup(s).</source>
        <translation>
            <numerusform>Matched again: %Ln pickup.</numerusform>
            <numerusform>Matched again: %Ln pickups.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/release_controller.py" line="436"/>
        <source>Wrote %1 (%Ln row(s)).</source>
        <translation>
            <numerusform>Wrote %1 (%Ln row).</numerusform>
            <numerusform>Wrote %1 (%Ln rows).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/search_controller.py" line="148"/>
        <source>%Ln clipping(s) match.</source>
        <translation>
            <numerusform>%Ln clipping matches.</numerusform>
            <numerusform>%Ln clippings match.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="95"/>
        <source>%Ln to review</source>
        <translation>
            <numerusform>%Ln to review</numerusform>
            <numerusform>%Ln to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="98"/>
        <source>%Ln clipping(s) suggested by the rule wait in the Inbox.</source>
        <translation>
            <numerusform>%Ln clipping suggested by the rule waits in the Inbox.</numerusform>
            <numerusform>%Ln clippings suggested by the rule wait in the Inbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="142"/>
        <source>%1: %Ln pickup(s) in %2 outlet(s)</source>
        <translation>
            <numerusform>%1: %Ln pickup in %2 outlet</numerusform>
            <numerusform>%1: %Ln pickups in %2 outlets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../clipper/gui/views/sidebar.py" line="215"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
</TS>
