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
        <location filename="../../fulfiller/ui/views/backers.py" line="36"/>
        <source>Search name, e-mail, backer number, city, postal code…</source>
        <translation>搜索姓名、电子邮件、支持者编号、城市、邮编…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="69"/>
        <source>&amp;Reward:</source>
        <translation>回报(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="70"/>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="71"/>
        <source>&amp;Pledge:</source>
        <translation>认筹(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="72"/>
        <source>Pro&amp;blems:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="87"/>
        <source>All rewards</source>
        <translation>全部回报</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="90"/>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="93"/>
        <source>All pledges</source>
        <translation>全部认筹</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="96"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="97"/>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/views/backers.py" line="98"/>
        <source>With warnings</source>
        <translation>有警告</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fulfiller/ui/views/backers.py" line="117"/>
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="81"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="82"/>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="84"/>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="86"/>
        <source>New &amp;demo database…</source>
        <translation>新建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="88"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="90"/>
        <source>&amp;Campaign</source>
        <translation>项目(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="92"/>
        <source>&amp;Switch or create campaign…</source>
        <translation>切换或新建项目(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="95"/>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="96"/>
        <source>&amp;Operator name…</source>
        <translation>操作员姓名(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="97"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="105"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="106"/>
        <source>&amp;About Fulfiller</source>
        <translation>关于 Fulfiller(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="130"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="140"/>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="147"/>
        <location filename="../../fulfiller/ui/main_window.py" line="153"/>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="153"/>
        <source>That file exists already; use Open database.</source>
        <translation>该文件已存在；请使用“打开数据库”。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="161"/>
        <source>New demo database</source>
        <translation>新建演示数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="170"/>
        <source>Creating the demo campaign</source>
        <translation>正在创建演示项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="230"/>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="231"/>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="237"/>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="258"/>
        <source>Open a campaign database, start a new one, or try the demo campaign.</source>
        <translation>打开一个项目数据库、新建数据库，或试用演示项目。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="262"/>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="263"/>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="265"/>
        <source>Try the demo campaign</source>
        <translation>试用演示项目</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="280"/>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="281"/>
        <source>Who is working at this station? (written into the audit log)</source>
        <translation>谁在此工作站工作？（记入审计日志）</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="291"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="291"/>
        <source>The new language is used from the next start of Fulfiller.</source>
        <translation>新语言将在下次启动 Fulfiller 时生效。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="297"/>
        <source>About Fulfiller</source>
        <translation>关于 Fulfiller</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="298"/>
        <source>Fulfiller {version}
Deliver the rewards of a crowdfunding campaign, offline.</source>
        <translation>Fulfiller {version}
离线交付众筹回报。</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="304"/>
        <source>no database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="309"/>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <location filename="../../fulfiller/ui/main_window.py" line="309"/>
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
