<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackersTableModel</name>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="37"/>
        <source>Backer #</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="38"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="39"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="40"/>
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
        <location filename="../../fulfiller/ui/models/backers_model.py" line="43"/>
        <source>Pledge</source>
        <translation>认筹</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/models/backers_model.py" line="44"/>
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
        <location filename="../../fulfiller/ui/views/backers.py" line="35"/>
        <source>Search name, e-mail, backer number, city, postal code…</source>
        <translation>搜索姓名、电子邮件、支持者编号、城市、邮编…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="68"/>
        <source>&amp;Reward:</source>
        <translation>回报(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="69"/>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="70"/>
        <source>&amp;Pledge:</source>
        <translation>认筹(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="71"/>
        <source>Pro&amp;blems:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="86"/>
        <source>All rewards</source>
        <translation>全部回报</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="89"/>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="92"/>
        <source>All pledges</source>
        <translation>全部认筹</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="95"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="96"/>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="97"/>
        <source>With warnings</source>
        <translation>有警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fulfiller/ui/views/backers.py" line="116"/>
        <source>%n backer(s) shown</source>
        <translation>
            <numerusform>显示 %n 位支持者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="57"/>
        <source>Choose a campaign</source>
        <translation>选择众筹项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="61"/>
        <source>&amp;New campaign…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="70"/>
        <source>Campaigns in {file}:</source>
        <translation>{file} 中的项目：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="81"/>
        <source>{name} — {orders} orders</source>
        <translation>{name} — {orders} 个订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/campaign_dialog.py" line="101"/>
        <source>New campaign</source>
        <translation>新建项目</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="34"/>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="35"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="36"/>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="37"/>
        <source>Reward tiers</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="38"/>
        <source>Orders with errors</source>
        <translation>有错误的订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="42"/>
        <source>Reward tier</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="43"/>
        <source>Shipment status</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="44"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="49"/>
        <source>Orders by reward</source>
        <translation>按回报统计订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="50"/>
        <source>Shipments by status</source>
        <translation>按状态统计发货</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="51"/>
        <source>Orders by country</source>
        <translation>按国家/地区统计订单</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/dashboard.py" line="80"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="80"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="81"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="83"/>
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
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="89"/>
        <source>&amp;Campaign</source>
        <translation>项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="91"/>
        <source>&amp;Switch or create campaign…</source>
        <translation>切换或新建项目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="94"/>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="95"/>
        <source>&amp;Operator name…</source>
        <translation>操作员姓名(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="96"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="104"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="105"/>
        <source>&amp;About Fulfiller</source>
        <translation>关于 Fulfiller(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="129"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="139"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="146"/>
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
        <location filename="../../fulfiller/ui/main_window.py" line="160"/>
        <source>New demo database</source>
        <translation>新建演示数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="169"/>
        <source>Creating the demo campaign</source>
        <translation>正在创建演示项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="229"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="230"/>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="236"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="257"/>
        <source>Open a campaign database, start a new one, or try the demo campaign.</source>
        <translation>打开一个项目数据库、新建数据库，或试用演示项目。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="261"/>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="262"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="264"/>
        <source>Try the demo campaign</source>
        <translation>试用演示项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="279"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="280"/>
        <source>Who is working at this station? (written into the audit log)</source>
        <translation>谁在此工作站工作？（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="290"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="290"/>
        <source>The new language is used from the next start of Fulfiller.</source>
        <translation>新语言将在下次启动 Fulfiller 时生效。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="296"/>
        <source>About Fulfiller</source>
        <translation>关于 Fulfiller</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="297"/>
        <source>Fulfiller {version}
Deliver the rewards of a crowdfunding campaign, offline.</source>
        <translation>Fulfiller {version}
离线交付众筹回报。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="303"/>
        <source>no database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="308"/>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="308"/>
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
    <name>Task</name>
    <message>
        <location filename="../../fulfiller/ui/tasks.py" line="52"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
