<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackersTableModel</name>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="38"/>
        <source>Backer #</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="39"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="40"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="43"/>
        <source>Reward</source>
        <translation>回报</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="41"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="42"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="44"/>
        <source>Pledge</source>
        <translation>认筹</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="46"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="45"/>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>BackersView</name>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="42"/>
        <source>Search name, e-mail, backer number, city, postal code…</source>
        <translation>搜索姓名、电子邮件、支持者编号、城市、邮编…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="78"/>
        <source>&amp;Reward:</source>
        <translation>回报(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="79"/>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="80"/>
        <source>&amp;Pledge:</source>
        <translation>认筹(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="81"/>
        <source>Pro&amp;blems:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="106"/>
        <source>All rewards</source>
        <translation>全部回报</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="109"/>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="112"/>
        <source>All pledges</source>
        <translation>全部认筹</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="115"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="116"/>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="117"/>
        <source>With warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="118"/>
        <source>With address conflicts</source>
        <translation>有地址冲突</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="119"/>
        <source>With possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fulfiller/ui/views/backers.py" line="161"/>
        <source>%n backer(s) shown</source>
        <translation>
            <numerusform>显示 %n 位支持者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="55"/>
        <source>Choose a campaign</source>
        <translation>选择众筹项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="59"/>
        <source>&amp;New campaign…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="66"/>
        <source>Campaigns in {file}:</source>
        <translation>{file} 中的项目：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="77"/>
        <source>{name} — {orders} orders</source>
        <translation>{name} — {orders} 个订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="95"/>
        <source>New campaign</source>
        <translation>新建项目</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="93"/>
        <location filename="../../fulfiller/ui/import_wizard.py" line="116"/>
        <source>Choose the export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="96"/>
        <source>A Kickstarter backer report (CSV or zip), an Indiegogo contributions file, a pledge manager&apos;s export, or any CSV/TSV/XLSX.</source>
        <translation>Kickstarter 支持者报告（CSV 或 zip）、Indiegogo 贡献文件、众筹管理工具的导出文件，或任意 CSV/TSV/XLSX。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="101"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="106"/>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="111"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="112"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="37"/>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="38"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="39"/>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="40"/>
        <source>Reward tiers</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="41"/>
        <source>Orders with errors</source>
        <translation>有错误的订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="45"/>
        <source>Reward tier</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="46"/>
        <source>Shipment status</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="47"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="52"/>
        <source>Orders by reward</source>
        <translation>按回报统计订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="53"/>
        <source>Shipments by status</source>
        <translation>按状态统计发货</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="54"/>
        <source>Orders by country</source>
        <translation>按国家/地区统计订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="83"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="304"/>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="309"/>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="324"/>
        <source>Importing {rows} rows… The database changes only when all of them are in.</source>
        <translation>正在导入 {rows} 行…… 全部完成后才会写入数据库。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="348"/>
        <source>Cancelling… nothing will be changed.</source>
        <translation>正在取消…… 不会做任何更改。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="359"/>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="64"/>
        <source>Import backers into {campaign}</source>
        <translation>将支持者导入 {campaign}</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="28"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="33"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="33"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="33"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="33"/>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="33"/>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="34"/>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="34"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="34"/>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="34"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="41"/>
        <source>&amp;Undo this import…</source>
        <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="56"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="74"/>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="85"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/imports_dialog.py" line="76"/>
        <source>Undo import {batch}? Its new orders are removed and the fields it changed get their old values back.</source>
        <translation>撤销第 {batch} 次导入？其新增的订单将被删除，被修改的字段将恢复原值。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="9"/>
        <source>collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="10"/>
        <location filename="../../fulfiller/ui/labels.py" line="17"/>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="11"/>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="12"/>
        <source>errored</source>
        <translation>付款出错</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="13"/>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="14"/>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="18"/>
        <source>ready</source>
        <translation>待打包</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="19"/>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="20"/>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="21"/>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="22"/>
        <source>on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="23"/>
        <source>address problem</source>
        <translation>地址问题</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="24"/>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="25"/>
        <source>lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="26"/>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="43"/>
        <source>Kickstarter backer report (2013 layout)</source>
        <translation>Kickstarter 支持者报告（2013 版格式）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="44"/>
        <source>Kickstarter backer report (2018–2022 layout)</source>
        <translation>Kickstarter 支持者报告（2018–2022 版格式）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="45"/>
        <source>Kickstarter backer report (2023 layout)</source>
        <translation>Kickstarter 支持者报告（2023 版格式）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="46"/>
        <source>Indiegogo contributions</source>
        <translation>Indiegogo 贡献记录</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="47"/>
        <source>BackerKit export (preset)</source>
        <translation>BackerKit 导出（预设）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="48"/>
        <source>PledgeBox export (preset)</source>
        <translation>PledgeBox 导出（预设）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="49"/>
        <source>Gamefound export (preset)</source>
        <translation>Gamefound 导出（预设）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/labels.py" line="57"/>
        <source>column mapping “{name}”</source>
        <translation>列映射“{name}”</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="131"/>
        <source>Layout and columns</source>
        <translation>格式与列</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="138"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="138"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="142"/>
        <source>&amp;Edit column mapping…</source>
        <translation>编辑列映射(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="144"/>
        <source>&amp;Check mapping</source>
        <translation>检查映射(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="147"/>
        <source>optional: save this mapping as a preset named…</source>
        <translation>可选：将此映射保存为预设，名称为…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="186"/>
        <source>Recognised as {format}: {rows} rows in {tables} table(s).</source>
        <translation>识别为 {format}：{tables} 个表中共 {rows} 行。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="221"/>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="82"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="83"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="84"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="85"/>
        <source>New &amp;demo database…</source>
        <translation>新建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="87"/>
        <source>&amp;Import backers…</source>
        <translation>导入支持者(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="88"/>
        <source>Import &amp;history and undo…</source>
        <translation>导入记录与撤销(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="90"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="92"/>
        <source>&amp;Campaign</source>
        <translation>项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="94"/>
        <source>&amp;Switch or create campaign…</source>
        <translation>切换或新建项目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="97"/>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="98"/>
        <source>&amp;Operator name…</source>
        <translation>操作员姓名(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="99"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="107"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="108"/>
        <source>&amp;About Fulfiller</source>
        <translation>关于 Fulfiller(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="132"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="141"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="147"/>
        <location filename="../../fulfiller/ui/main_window.py" line="152"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="152"/>
        <source>That file exists already; use Open database.</source>
        <translation>该文件已存在；请使用“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="159"/>
        <source>New demo database</source>
        <translation>新建演示数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="170"/>
        <source>Creating the demo campaign</source>
        <translation>正在创建演示项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="249"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="250"/>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="256"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="277"/>
        <source>Open a campaign database, start a new one, or try the demo campaign.</source>
        <translation>打开一个项目数据库、新建数据库，或试用演示项目。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="281"/>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="282"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="284"/>
        <source>Try the demo campaign</source>
        <translation>试用演示项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="299"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="300"/>
        <source>Who is working at this station? (written into the audit log)</source>
        <translation>谁在此工作站工作？（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="310"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="310"/>
        <source>The new language is used from the next start of Fulfiller.</source>
        <translation>新语言将在下次启动 Fulfiller 时生效。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="316"/>
        <source>About Fulfiller</source>
        <translation>关于 Fulfiller</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="317"/>
        <source>Fulfiller {version}
Deliver the rewards of a crowdfunding campaign, offline.</source>
        <translation>Fulfiller {version}
离线交付众筹回报。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="323"/>
        <source>no database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="328"/>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="328"/>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="30"/>
        <source>New campaign</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="38"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="39"/>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="40"/>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="63"/>
        <source>A newer export has a different address</source>
        <translation>较新的导出文件中地址不同</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="66"/>
        <source>&amp;Keep ours</source>
        <translation>保留本地地址(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="67"/>
        <source>&amp;Take the export&apos;s</source>
        <translation>采用导出文件的地址(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="76"/>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="85"/>
        <source>&amp;Locked: re-imports never change this address</source>
        <translation>锁定(&amp;L)：重新导入不会更改此地址</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="87"/>
        <source>&amp;Save address</source>
        <translation>保存地址(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="88"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="89"/>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="90"/>
        <source>&amp;Confirm Latin version</source>
        <translation>确认拉丁字母版本(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="113"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="114"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="115"/>
        <source>Address 1</source>
        <translation>地址 1</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="116"/>
        <source>Address 2</source>
        <translation>地址 2</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="117"/>
        <source>Address 3</source>
        <translation>地址 3</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="118"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="119"/>
        <source>State/Province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="120"/>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="121"/>
        <source>Country (ISO code)</source>
        <translation>国家/地区（ISO 代码）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="122"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="123"/>
        <source>Delivery notes</source>
        <translation>投递备注</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="124"/>
        <source>Name (Latin)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="125"/>
        <source>Address 1 (Latin)</source>
        <translation>地址 1（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="126"/>
        <source>Address 2 (Latin)</source>
        <translation>地址 2（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="127"/>
        <source>City (Latin)</source>
        <translation>城市（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="128"/>
        <source>State (Latin)</source>
        <translation>州/省（拉丁字母）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="136"/>
        <source>Select a backer to see the order.</source>
        <translation>选择一位支持者以查看订单。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="159"/>
        <source>merged into #{number}</source>
        <translation>已合并到 #{number}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="168"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="186"/>
        <source>{field}: ours “{ours}”, the export&apos;s “{theirs}”</source>
        <translation>{field}：本地为“{ours}”，导出文件为“{theirs}”</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="198"/>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="198"/>
        <source>same name and address</source>
        <translation>姓名和地址相同</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="203"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="204"/>
        <source>Not the same</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/order_panel.py" line="220"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="249"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="255"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="256"/>
        <source>Backer #</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="257"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="258"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="259"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="260"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="275"/>
        <source>The first {shown} of {total} rows, as they will be imported. Nothing is written yet.</source>
        <translation>共 {total} 行中的前 {shown} 行，即将按此导入。尚未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="281"/>
        <source>In these rows: {errors} with errors (they block shipping), {warnings} with warnings, {rejected} rejected.</source>
        <translation>这些行中：{errors} 行有错误（会阻止发货），{warnings} 行有警告，{rejected} 行被拒绝。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="377"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="384"/>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="391"/>
        <source>Import {batch} of {file}: {rows} rows.</source>
        <translation>第 {batch} 次导入，文件 {file}：{rows} 行。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="392"/>
        <source>Added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, rejected {rejected}.</source>
        <translation>新增 {added}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="396"/>
        <source>Orders with errors: {errors}; with warnings: {warnings}; possible duplicates: {duplicates}.</source>
        <translation>有错误的订单：{errors}；有警告：{warnings}；可能重复：{duplicates}。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="403"/>
        <source>{n} orders imported before are not in this file; they were left as they are.</source>
        <translation>之前导入的 {n} 个订单不在此文件中，已保持不变。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/import_wizard.py" line="412"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../fulfiller/ui/tasks.py" line="83"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
