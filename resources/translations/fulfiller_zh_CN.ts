<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BackersTableModel</name>
    <message>
        <source>Backer #</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Reward</source>
        <translation>回报</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Pledge</source>
        <translation>认筹</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Shipment</source>
        <translation>发货</translation>
    </message>
</context>
<context>
    <name>BackersView</name>
    <message>
        <source>Search name, e-mail, backer number, city, postal code…</source>
        <translation>搜索姓名、电子邮件、支持者编号、城市、邮编…</translation>
    </message>
    <message>
        <source>Jump to the search field</source>
        <translation>跳到搜索框</translation>
    </message>
    <message>
        <source>&amp;Print selected…</source>
        <translation>打印所选(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>回报(&amp;R)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Pledge:</source>
        <translation>认筹(&amp;P)：</translation>
    </message>
    <message>
        <source>Pro&amp;blems:</source>
        <translation>问题(&amp;B)：</translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation>全部回报</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <source>All pledges</source>
        <translation>全部认筹</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>With warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <source>With address conflicts</source>
        <translation>有地址冲突</translation>
    </message>
    <message>
        <source>With possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>Loading the backers…</source>
        <translation>正在读取支持者…</translation>
    </message>
    <message numerus="yes">
        <source>%n backer(s) shown</source>
        <translation>
            <numerusform>显示 %n 位支持者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Choose a campaign</source>
        <translation>选择众筹项目</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>Campaigns in {file}:</source>
        <translation>{file} 中的项目：</translation>
    </message>
    <message>
        <source>{name} — {orders} orders</source>
        <translation>{name} — {orders} 个订单</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建项目</translation>
    </message>
</context>
<context>
    <name>CampaignOps</name>
    <message>
        <source>Reading the campaign</source>
        <translation>读取项目数据</translation>
    </message>
</context>
<context>
    <name>ChooseFilePage</name>
    <message>
        <source>Choose the export</source>
        <translation>选择导出文件</translation>
    </message>
    <message>
        <source>A Kickstarter backer report (CSV or zip), an Indiegogo contributions file, a pledge manager&apos;s export, or any CSV/TSV/XLSX.</source>
        <translation>Kickstarter 支持者报告（CSV 或 zip）、Indiegogo 贡献文件、众筹管理工具的导出文件，或任意 CSV/TSV/XLSX。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>ClaimDialog</name>
    <message>
        <source>Open a carrier claim</source>
        <translation>向承运商提出索赔</translation>
    </message>
    <message>
        <source>Change the claim</source>
        <translation>修改索赔</translation>
    </message>
    <message>
        <source>scan the packing list or type a backer number</source>
        <translation>扫描装箱单或输入支持者编号</translation>
    </message>
    <message>
        <source>the parcel&apos;s carrier</source>
        <translation>包裹的承运商</translation>
    </message>
    <message>
        <source>&amp;Parcel:</source>
        <translation>包裹(&amp;P)：</translation>
    </message>
    <message>
        <source>Ca&amp;rrier:</source>
        <translation>承运商(&amp;R)：</translation>
    </message>
    <message>
        <source>Parcel:</source>
        <translation>包裹：</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>the carrier&apos;s claim or case number, once it has one</source>
        <translation>承运商给出的索赔号或案件号（有了再填）</translation>
    </message>
    <message>
        <source>what is claimed, e.g. 49.90</source>
        <translation>索赔金额，例如 49.90</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Claim &amp;number:</source>
        <translation>索赔号(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Open claim</source>
        <translation>提出索赔(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Reward tier</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>包裹数</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
</context>
<context>
    <name>ErrorDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>出错了</translation>
    </message>
    <message>
        <source>Fulfiller hit an error it did not expect. What you were doing may not have been saved; everything saved before is safe. You can go on working. To report it, copy the details.</source>
        <translation>Fulfiller 遇到了一个意外错误。刚才的操作可能没有保存；之前保存的内容都是安全的。您可以继续工作。如需报告问题，请复制详细信息。</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>The same error happened {n} more time(s).</source>
        <translation>同一错误又发生了 {n} 次。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export parcels</source>
        <translation>导出包裹</translation>
    </message>
    <message>
        <source>the partner&apos;s name, e.g. Shenzhen Fulfil</source>
        <translation>合作方名称，例如 Shenzhen Fulfil</translation>
    </message>
    <message>
        <source>Every ready parcel (and orders still without one)</source>
        <translation>所有已就绪的包裹（以及尚无包裹的订单）</translation>
    </message>
    <message>
        <source>{name} — {n} ready</source>
        <translation>{name} — {n} 个已就绪</translation>
    </message>
    <message>
        <source>Also send again parcels already at a label tool or with a partner</source>
        <translation>同时重新发送已在标签工具或合作方处的包裹</translation>
    </message>
    <message>
        <source>&amp;Choose the file…</source>
        <translation>选择文件(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>合作方(&amp;P)：</translation>
    </message>
    <message>
        <source>Pa&amp;rcels:</source>
        <translation>包裹(&amp;R)：</translation>
    </message>
    <message>
        <source>The parcels will be “with partner”: the partner&apos;s tracking sheet ships them.</source>
        <translation>这些包裹将处于“在合作方处”：合作方的物流单号表回来后即为已发货。</translation>
    </message>
    <message>
        <source>The parcels will be “at label tool”: the tool&apos;s shipments export ships them.</source>
        <translation>这些包裹将处于“在标签工具中”：标签工具的发货导出文件回来后即为已发货。</translation>
    </message>
</context>
<context>
    <name>HelpDialogs</name>
    <message>
        <source>Everywhere</source>
        <translation>任何位置</translation>
    </message>
    <message>
        <source>Fulfiller {version}
Deliver the rewards of a crowdfunding campaign, offline.</source>
        <translation>Fulfiller {version}
离线交付众筹活动的回报。</translation>
    </message>
    <message>
        <source>About Fulfiller</source>
        <translation>关于 Fulfiller</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>取消导入(&amp;C)</translation>
    </message>
    <message>
        <source>Importing {rows} rows… The database changes only when all of them are in.</source>
        <translation>正在导入 {rows} 行…… 全部完成后才会写入数据库。</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be changed.</source>
        <translation>正在取消…… 不会做任何更改。</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>保存列映射</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Import backers into {campaign}</source>
        <translation>将支持者导入 {campaign}</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>被拒绝的行(&amp;R)…</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <source>Undo import {batch}? Its new orders are removed and the fields it changed get their old values back.</source>
        <translation>撤销第 {batch} 次导入？其新增的订单将被删除，被修改的字段将恢复原值。</translation>
    </message>
    <message>
        <source>Fix these rows in the file and import it again: the orders already in are updated, not doubled.</source>
        <translation>请在文件中修正这些行后重新导入：已导入的订单会被更新，不会重复。</translation>
    </message>
    <message>
        <source>This import refused no rows.</source>
        <translation>此次导入没有拒绝任何行。</translation>
    </message>
    <message>
        <source>Rows import {batch} refused</source>
        <translation>第 {batch} 次导入拒绝的行</translation>
    </message>
</context>
<context>
    <name>ImportsTableModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
</context>
<context>
    <name>InventoryView</name>
    <message>
        <source>&amp;Stock</source>
        <translation>库存(&amp;S)</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Bin</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>现有</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收货</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Written off</source>
        <translation>已报损</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>已调整</translation>
    </message>
    <message>
        <source>&amp;Receive goods…</source>
        <translation>收货(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Count correction…</source>
        <translation>盘点更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Write &amp;off…</source>
        <translation>报损(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Bin location…</source>
        <translation>货位(&amp;B)…</translation>
    </message>
    <message>
        <source>Shelf &amp;history…</source>
        <translation>货架记录(&amp;H)…</translation>
    </message>
    <message>
        <source>Deli&amp;veries</source>
        <translation>到货(&amp;V)</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>到货时间</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>单号</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>收货人</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>清点</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>On the shelves</source>
        <translation>上架</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>核对结果</translation>
    </message>
    <message>
        <source>&amp;Demand plan</source>
        <translation>需求计划(&amp;D)</translation>
    </message>
    <message>
        <source>Demand</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>Spare %</source>
        <translation>备品 %</translation>
    </message>
    <message>
        <source>Spares</source>
        <translation>备品</translation>
    </message>
    <message>
        <source>Shortfall</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>&amp;Export for the factory…</source>
        <translation>导出给工厂(&amp;E)…</translation>
    </message>
    <message>
        <source>Shelf s&amp;pare %…</source>
        <translation>货架备品 %(&amp;P)…</translation>
    </message>
    <message>
        <source>Default spare % for the ca&amp;mpaign…</source>
        <translation>项目默认备品 %(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Warehouses</source>
        <translation>仓库(&amp;W)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Serves</source>
        <translation>服务国家/地区</translation>
    </message>
    <message>
        <source>Orders to ship</source>
        <translation>待发订单</translation>
    </message>
    <message>
        <source>&amp;New warehouse…</source>
        <translation>新建仓库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit warehouse…</source>
        <translation>编辑仓库(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Countries served…</source>
        <translation>服务的国家/地区(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Assign orders by rule</source>
        <translation>按规则分配订单(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;What if one warehouse…</source>
        <translation>假设只用一个仓库(&amp;W)…</translation>
    </message>
    <message>
        <source>Shipping &amp;cost</source>
        <translation>运费(&amp;C)</translation>
    </message>
    <message>
        <source>Per</source>
        <translation>按</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>重量（千克）</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>With buffer</source>
        <translation>含预留</translation>
    </message>
    <message>
        <source>&amp;Rate table…</source>
        <translation>运费表(&amp;R)…</translation>
    </message>
    <message>
        <source>Budget bu&amp;ffer…</source>
        <translation>预算余量(&amp;F)…</translation>
    </message>
    <message>
        <source>Demand of the {n} orders still to ship: collected, not merged into another order, not packed yet (the Dashboard&apos;s “still to ship”). Spares come on top.</source>
        <translation>需求来自 {n} 个仍待发货的订单：已收款、未并入其他订单、尚未打包（即仪表板上的“仍待发货”）。备品另计。</translation>
    </message>
    <message>
        <source>{short} SKU(s) short of demand plus spares. Shipping estimate with a {buffer}% buffer; {missing} orders have no rate yet.</source>
        <translation>{short} 个 SKU 低于需求加备品。运费估算含 {buffer}% 预留；{missing} 个订单尚无运费标准。</translation>
    </message>
    <message>
        <source>as expected</source>
        <translation>与预期一致</translation>
    </message>
    <message>
        <source>{sku} short by {n}</source>
        <translation>{sku} 少 {n} 件</translation>
    </message>
    <message>
        <source>{sku} over by {n}</source>
        <translation>{sku} 多 {n} 件</translation>
    </message>
    <message>
        <source>{sku}: {n} damaged</source>
        <translation>{sku}：{n} 件损坏</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Count correction</source>
        <translation>盘点更正</translation>
    </message>
    <message>
        <source>Units counted on the shelf:</source>
        <translation>货架上清点的数量：</translation>
    </message>
    <message>
        <source>Reason (for the audit log):</source>
        <translation>原因（记入审计日志）：</translation>
    </message>
    <message>
        <source>Select a shelf in the stock table first.</source>
        <translation>请先在库存表中选择一个货架。</translation>
    </message>
    <message>
        <source>{sku} at {warehouse}</source>
        <translation>{warehouse} 的 {sku}</translation>
    </message>
    <message>
        <source>On hand is {n} already: nothing changed.</source>
        <translation>现有数量已是 {n}：未做更改。</translation>
    </message>
    <message>
        <source>On hand {before} → {after}.</source>
        <translation>现有数量 {before} → {after}。</translation>
    </message>
    <message>
        <source>Write off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Units of {shelf} damaged, lost or unusable:</source>
        <translation>{shelf} 损坏、丢失或无法使用的数量：</translation>
    </message>
    <message>
        <source>Bin location</source>
        <translation>货位</translation>
    </message>
    <message>
        <source>Where {shelf} lives (aisle-shelf-bin; empty: nowhere yet):</source>
        <translation>{shelf} 的存放位置（通道-货架-货位；留空：尚未指定）：</translation>
    </message>
    <message>
        <source>Export demand plan</source>
        <translation>导出需求计划</translation>
    </message>
    <message>
        <source>Wrote {rows} rows to {file}.</source>
        <translation>已将 {rows} 行写入 {file}。</translation>
    </message>
    <message>
        <source>Select a line of the demand plan first.</source>
        <translation>请先在需求计划中选择一行。</translation>
    </message>
    <message>
        <source>These orders have no warehouse yet: assign them first.</source>
        <translation>这些订单还没有仓库：请先分配仓库。</translation>
    </message>
    <message>
        <source>Shelf spare %</source>
        <translation>货架备品 %</translation>
    </message>
    <message>
        <source>Spare stock for {sku} at {warehouse}, in % of its demand (empty: the item&apos;s or the campaign&apos;s):</source>
        <translation>{warehouse} 的 {sku} 的备品，按需求的百分比（留空：使用物品或项目的设置）：</translation>
    </message>
    <message>
        <source>Default spare %</source>
        <translation>默认备品 %</translation>
    </message>
    <message>
        <source>Spare stock on top of demand, in %, for items and shelves without their own:</source>
        <translation>在需求之外备货的百分比，用于没有单独设置的物品和货架：</translation>
    </message>
    <message>
        <source>Budget buffer</source>
        <translation>预算余量</translation>
    </message>
    <message>
        <source>Added to the shipping estimate, in %:</source>
        <translation>加到运费估算上的百分比：</translation>
    </message>
    <message>
        <source>Select a warehouse first.</source>
        <translation>请先选择一个仓库。</translation>
    </message>
    <message>
        <source>Warehouse {code} added: choose the countries it serves, then assign orders by rule.</source>
        <translation>已添加仓库 {code}：请选择它服务的国家/地区，然后按规则分配订单。</translation>
    </message>
    <message>
        <source>Countries served</source>
        <translation>服务的国家/地区</translation>
    </message>
    <message>
        <source>Country codes separated by spaces, or names separated by commas (* = every other country):</source>
        <translation>国家/地区代码用空格分隔，或名称用逗号分隔（* = 其他所有国家/地区）：</translation>
    </message>
    <message>
        <source>Moved here from another warehouse: {moved}. Assign orders by rule to move their orders.</source>
        <translation>已从其他仓库移到此处：{moved}。请按规则分配订单以移动相应订单。</translation>
    </message>
    <message>
        <source>{changed} orders moved; {kept} kept where a person put them; {unassigned} have no warehouse.</source>
        <translation>{changed} 个订单已移动；{kept} 个保留在人工指定的仓库；{unassigned} 个没有仓库。</translation>
    </message>
    <message>
        <source>Now to ship from each: {per}.</source>
        <translation>现在各仓库待发：{per}。</translation>
    </message>
    <message>
        <source>What if</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Ship everything from:</source>
        <translation>全部从此仓库发货：</translation>
    </message>
    <message>
        <source>{name}: {orders} orders still to ship ({per}); {share}% international.</source>
        <translation>{name}：{orders} 个仍待发货的订单（{per}）；{share}% 为国际件。</translation>
    </message>
</context>
<context>
    <name>ItemsDialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>Length (mm)</source>
        <translation>长（毫米）</translation>
    </message>
    <message>
        <source>Width (mm)</source>
        <translation>宽（毫米）</translation>
    </message>
    <message>
        <source>Height (mm)</source>
        <translation>高（毫米）</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Customs value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>货币</translation>
    </message>
    <message>
        <source>Spare %</source>
        <translation>备品 %</translation>
    </message>
    <message>
        <source>Stock item</source>
        <translation>库存物品</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>&amp;Add item</source>
        <translation>添加物品(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove item</source>
        <translation>删除物品(&amp;R)</translation>
    </message>
    <message>
        <source>New item:</source>
        <translation>新物品：</translation>
    </message>
    <message>
        <source>Edit a cell to change an item; every change is recorded with your name.</source>
        <translation>编辑单元格即可修改物品；每次修改都会记录您的名字。</translation>
    </message>
</context>
<context>
    <name>KittingView</name>
    <message>
        <source>&amp;Load kit sheet…</source>
        <translation>载入套件表(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Export kit sheet…</source>
        <translation>导出套件表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Items…</source>
        <translation>物品(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Suggestions…</source>
        <translation>建议(&amp;S)…</translation>
    </message>
    <message>
        <source>Tiers and add-ons without a kit, with the kit each most likely packs like</source>
        <translation>还没有配套的档位和加购，以及各自最可能沿用的配套</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Stock item</source>
        <translation>库存物品</translation>
    </message>
    <message>
        <source>&amp;Add to kit</source>
        <translation>加入套件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>删除行(&amp;R)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Packs like:</source>
        <translation>打包内容同：</translation>
    </message>
    <message>
        <source>Orders counted: collected pledges, the ones that ship (an order merged into another counts: its kit ships in that box). The Dashboard shows all pledges beside them.</source>
        <translation>此处统计的订单：已收款的认筹，即要发货的订单（并入其他订单的也计入：其套件随那一箱发出）。仪表板会同时显示全部认筹。</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>{kind}: {title} — {orders} collected orders</source>
        <translation>{kind}：{title} — {orders} 个已收款订单</translation>
    </message>
    <message>
        <source>Backers chose this, but nothing says what goes in the box yet.</source>
        <translation>支持者选择了此项，但尚未说明箱内装什么。</translation>
    </message>
    <message>
        <source>No reward tiers yet: import backers first.</source>
        <translation>还没有回报档位：请先导入支持者。</translation>
    </message>
    <message>
        <source>What goes in the box for “{title}”</source>
        <translation>“{title}”的箱内物品</translation>
    </message>
    <message>
        <source>(its own kit)</source>
        <translation>（自己的套件）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Kitting</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>Load kit sheet</source>
        <translation>载入套件表</translation>
    </message>
    <message>
        <source>Export kit sheet</source>
        <translation>导出套件表</translation>
    </message>
    <message>
        <source>Wrote {lines} kit lines to {file}.</source>
        <translation>已将 {lines} 行套件写入 {file}。</translation>
    </message>
    <message>
        <source>{n} tiers and add-ons now pack like another. </source>
        <translation>{n} 个档位和加购现在沿用其他配套。</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>errored</source>
        <translation>付款出错</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>待打包</translation>
    </message>
    <message>
        <source>packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>at label tool</source>
        <translation>在标签工具中</translation>
    </message>
    <message>
        <source>with partner</source>
        <translation>在合作方处</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>暂缓</translation>
    </message>
    <message>
        <source>address problem</source>
        <translation>地址问题</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>已丢失</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>已损坏</translation>
    </message>
    <message>
        <source>open</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>paid</source>
        <translation>已赔付</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>received</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>picked</source>
        <translation>拣货</translation>
    </message>
    <message>
        <source>reshipped</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>count corrected</source>
        <translation>盘点更正</translation>
    </message>
    <message>
        <source>written off</source>
        <translation>报损</translation>
    </message>
    <message>
        <source>Kickstarter backer report (2013 layout)</source>
        <translation>Kickstarter 支持者报告（2013 版格式）</translation>
    </message>
    <message>
        <source>Kickstarter backer report (2014 layout, tiers by minimum)</source>
        <translation>Kickstarter 支持者报告（2014 版格式，按最低金额区分档位）</translation>
    </message>
    <message>
        <source>Kickstarter backer report (2018–2022 layout)</source>
        <translation>Kickstarter 支持者报告（2018–2022 版格式）</translation>
    </message>
    <message>
        <source>Kickstarter backer report (2023 layout)</source>
        <translation>Kickstarter 支持者报告（2023 版格式）</translation>
    </message>
    <message>
        <source>Indiegogo contributions</source>
        <translation>Indiegogo 贡献记录</translation>
    </message>
    <message>
        <source>BackerKit export (preset)</source>
        <translation>BackerKit 导出（预设）</translation>
    </message>
    <message>
        <source>PledgeBox export (preset)</source>
        <translation>PledgeBox 导出（预设）</translation>
    </message>
    <message>
        <source>Gamefound export (preset)</source>
        <translation>Gamefound 导出（预设）</translation>
    </message>
    <message>
        <source>column mapping “{name}”</source>
        <translation>列映射“{name}”</translation>
    </message>
    <message>
        <source>ShipStation order import</source>
        <translation>ShipStation 订单导入</translation>
    </message>
    <message>
        <source>Pirate Ship batch upload</source>
        <translation>Pirate Ship 批量上传</translation>
    </message>
    <message>
        <source>USPS Click-N-Ship address book</source>
        <translation>USPS Click-N-Ship 地址簿</translation>
    </message>
    <message>
        <source>Partner file, a row per item</source>
        <translation>合作方文件（每件物品一行）</translation>
    </message>
    <message>
        <source>Partner file, a column per SKU</source>
        <translation>合作方文件（每个 SKU 一列）</translation>
    </message>
    <message>
        <source>Kickstarter tracking template</source>
        <translation>Kickstarter 运单号模板</translation>
    </message>
    <message>
        <source>BackerKit tracking upload</source>
        <translation>BackerKit 运单号上传</translation>
    </message>
    <message>
        <source>PledgeBox tracking upload</source>
        <translation>PledgeBox 运单号上传</translation>
    </message>
    <message>
        <source>Indiegogo contributions file</source>
        <translation>Indiegogo 贡献记录文件</translation>
    </message>
</context>
<context>
    <name>LayoutPage</name>
    <message>
        <source>Layout and columns</source>
        <translation>格式与列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>&amp;Edit column mapping…</source>
        <translation>编辑列映射(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Check mapping</source>
        <translation>检查映射(&amp;C)</translation>
    </message>
    <message>
        <source>optional: save this mapping as a preset named…</source>
        <translation>可选：将此映射保存为预设，名称为…</translation>
    </message>
    <message>
        <source>Recognised as {format}: {rows} rows in {tables} table(s).</source>
        <translation>识别为 {format}：{tables} 个表中共 {rows} 行。</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reading…</source>
        <translation>读取中…</translation>
    </message>
    <message>
        <source>Reading the campaign</source>
        <translation>正在读取项目数据</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent databases</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>New &amp;demo database…</source>
        <translation>新建演示数据库(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Import backers…</source>
        <translation>导入支持者(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;history and undo…</source>
        <translation>导入记录与撤销(&amp;H)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Switch or create campaign…</source>
        <translation>切换或新建项目(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Station</source>
        <translation>工作站(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Operator name…</source>
        <translation>操作员姓名(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Fulfiller</source>
        <translation>关于 Fulfiller(&amp;A)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>That file exists already; use Open database.</source>
        <translation>该文件已存在；请使用“打开数据库”。</translation>
    </message>
    <message>
        <source>New demo database</source>
        <translation>新建演示数据库</translation>
    </message>
    <message>
        <source>Creating the demo campaign</source>
        <translation>正在创建演示项目</translation>
    </message>
    <message>
        <source>Import backers</source>
        <translation>导入支持者</translation>
    </message>
    <message>
        <source>New campaign</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Kitting</source>
        <translation>配套</translation>
    </message>
    <message>
        <source>Packing</source>
        <translation>打包</translation>
    </message>
    <message>
        <source>Shipments</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Who is working at this station? (written into the audit log)</source>
        <translation>谁在此工作站工作？（记入审计日志）</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Fulfiller.</source>
        <translation>新语言将在下次启动 Fulfiller 时生效。</translation>
    </message>
    <message>
        <source>no database open</source>
        <translation>未打开数据库</translation>
    </message>
    <message>
        <source>Operator: {name}</source>
        <translation>操作员：{name}</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
</context>
<context>
    <name>NewCampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>货币(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New replacement request</source>
        <translation>新补发申请</translation>
    </message>
    <message>
        <source>scan the packing list or type a backer number</source>
        <translation>扫描装箱单或输入支持者编号</translation>
    </message>
    <message>
        <source>&amp;Whole kit</source>
        <translation>整套(&amp;W)</translation>
    </message>
    <message>
        <source>↑/↓ choose a line · Space ticks or unticks it · ←/→ or a digit change its units, F2 types them · Tab goes on</source>
        <translation>↑/↓ 选择一行 · 空格键勾选或取消 · ←/→ 或数字键修改件数，F2 直接输入 · Tab 继续</translation>
    </message>
    <message>
        <source>photos received, carrier&apos;s note, what is missing…</source>
        <translation>收到的照片、承运商说明、缺少的物品……</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Send again:</source>
        <translation>重新寄出(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>原因(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Evidence:</source>
        <translation>证据(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Log request</source>
        <translation>登记申请(&amp;L)</translation>
    </message>
    <message>
        <source>Scan the order first: its lines show here, the whole kit ticked.</source>
        <translation>请先扫描订单：其明细会显示在这里，默认勾选整套。</translation>
    </message>
    <message>
        <source>The whole kit is sent again.</source>
        <translation>整套重新寄出。</translation>
    </message>
    <message>
        <source>Nothing is ticked: tick at least one line, or the whole kit.</source>
        <translation>未勾选任何内容：请至少勾选一行，或选择整套。</translation>
    </message>
    <message>
        <source>{units} of the kit&apos;s {total} units are sent again.</source>
        <translation>重新寄出整套 {total} 件中的 {units} 件。</translation>
    </message>
</context>
<context>
    <name>OrderPanel</name>
    <message>
        <source>A newer export has a different address</source>
        <translation>较新的导出文件中地址不同</translation>
    </message>
    <message>
        <source>&amp;Keep ours</source>
        <translation>保留本地地址(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take the export&apos;s</source>
        <translation>采用导出文件的地址(&amp;T)</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>&amp;Locked: re-imports never change this address</source>
        <translation>锁定(&amp;L)：重新导入不会更改此地址</translation>
    </message>
    <message>
        <source>&amp;Save address</source>
        <translation>保存地址(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>还原(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Confirm Latin version</source>
        <translation>确认拉丁字母版本(&amp;C)</translation>
    </message>
    <message>
        <source>Ship from &amp;warehouse…</source>
        <translation>发货仓库(&amp;W)…</translation>
    </message>
    <message>
        <source>Choose the warehouse by hand, or hand the order back to the rules</source>
        <translation>手动选择仓库，或把订单交回规则分配</translation>
    </message>
    <message>
        <source>Save the address</source>
        <translation>保存地址</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Address 1</source>
        <translation>地址 1</translation>
    </message>
    <message>
        <source>Address 2</source>
        <translation>地址 2</translation>
    </message>
    <message>
        <source>Address 3</source>
        <translation>地址 3</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>State/Province</source>
        <translation>州/省</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <source>Country (ISO code)</source>
        <translation>国家/地区（ISO 代码）</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Delivery notes</source>
        <translation>投递备注</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <source>Address 1 (Latin)</source>
        <translation>地址 1（拉丁字母）</translation>
    </message>
    <message>
        <source>Address 2 (Latin)</source>
        <translation>地址 2（拉丁字母）</translation>
    </message>
    <message>
        <source>City (Latin)</source>
        <translation>城市（拉丁字母）</translation>
    </message>
    <message>
        <source>State (Latin)</source>
        <translation>州/省（拉丁字母）</translation>
    </message>
    <message>
        <source>Select a backer to see the order.</source>
        <translation>选择一位支持者以查看订单。</translation>
    </message>
    <message>
        <source>merged into #{number}</source>
        <translation>已合并到 #{number}</translation>
    </message>
    <message>
        <source>no warehouse yet</source>
        <translation>尚无仓库</translation>
    </message>
    <message>
        <source>ships from {code} (chosen by hand)</source>
        <translation>从 {code} 发货（手动选择）</translation>
    </message>
    <message>
        <source>ships from {code}</source>
        <translation>从 {code} 发货</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>{field}: ours “{ours}”, the export&apos;s “{theirs}”</source>
        <translation>{field}：本地为“{ours}”，导出文件为“{theirs}”</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>电子邮件相同</translation>
    </message>
    <message>
        <source>same name and address</source>
        <translation>姓名和地址相同</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <source>Not the same</source>
        <translation>不是同一人</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>By the rules (the warehouse serving its country)</source>
        <translation>按规则（服务其国家/地区的仓库）</translation>
    </message>
    <message>
        <source>Ship from</source>
        <translation>发货仓库</translation>
    </message>
    <message>
        <source>Warehouse for this order:</source>
        <translation>此订单的仓库：</translation>
    </message>
</context>
<context>
    <name>PackStationView</name>
    <message>
        <source>Scan the packing list, then each item</source>
        <translation>扫描装箱单，再扫描每件物品</translation>
    </message>
    <message>
        <source>Scan the tracking number</source>
        <translation>扫描运单号</translation>
    </message>
    <message>
        <source>In box</source>
        <translation>已装箱</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <source>&amp;Mark as shipped (not only packed)</source>
        <translation>标记为已发货(&amp;M)（而不只是已打包）</translation>
    </message>
    <message>
        <source>Sca&amp;n:</source>
        <translation>扫描(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>运单号(&amp;T)：</translation>
    </message>
    <message>
        <source>Tick the selected line by hand (the card)</source>
        <translation>手动勾选所选行（如感谢卡）</translation>
    </message>
    <message>
        <source>Take one unit of the selected line out again</source>
        <translation>从所选行取出一件</translation>
    </message>
    <message>
        <source>Put the open order aside</source>
        <translation>将当前订单放到一边</translation>
    </message>
    <message>
        <source>Ready for the next order</source>
        <translation>准备处理下一个订单</translation>
    </message>
    <message>
        <source>Scan the barcode of a packing list, or type a backer number and Enter.</source>
        <translation>扫描装箱单上的条码，或输入支持者编号后按回车。</translation>
    </message>
    <message>
        <source>Packed at this station since it opened: {n}</source>
        <translation>本工作站开启以来已打包：{n}</translation>
    </message>
    <message>
        <source>Do not ship this parcel:</source>
        <translation>请勿发出此包裹：</translation>
    </message>
    <message>
        <source>Do not pack this order:</source>
        <translation>请勿打包此订单：</translation>
    </message>
    <message>
        <source>Scan each item. F2 ticks a line by hand (the card), Shift+F2 takes one out again. Esc puts the order aside.</source>
        <translation>逐件扫描。F2 手动勾选一行（如卡片），Shift+F2 取出一件。Esc 将订单搁置。</translation>
    </message>
    <message>
        <source>Complete. Scan the tracking number.</source>
        <translation>已齐全。请扫描运单号。</translation>
    </message>
    <message>
        <source>Complete. Scan the tracking number, or press Enter to leave it packed, not shipped.</source>
        <translation>已齐全。请扫描运单号，或按回车仅标记为已打包、暂不发货。</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>tick by hand (F2)</source>
        <translation>手动勾选（F2）</translation>
    </message>
    <message>
        <source>One {item} taken out: {packed} of {quantity} in the box.</source>
        <translation>已取出一件 {item}：箱中 {packed} / {quantity}。</translation>
    </message>
    <message>
        <source>Pack station</source>
        <translation>打包台</translation>
    </message>
    <message>
        <source>{code} packed, not shipped: scan its packing list and tracking number when it ships.</source>
        <translation>{code} 已打包，尚未发货：发货时请扫描其装箱单和运单号。</translation>
    </message>
    <message>
        <source>{code} {status}: {number}</source>
        <translation>{code} {status}：{number}</translation>
    </message>
    <message>
        <source>{code} {status}: {carrier} {number}</source>
        <translation>{code} {status}：{carrier} {number}</translation>
    </message>
    <message>
        <source>{code} put aside; nothing was recorded.</source>
        <translation>{code} 已暂放，未记录任何内容。</translation>
    </message>
</context>
<context>
    <name>PacksLikeDialog</name>
    <message>
        <source>Suggested kits</source>
        <translation>建议的配套</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Backers chose</source>
        <translation>支持者所选</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Packs like</source>
        <translation>沿用配套</translation>
    </message>
    <message>
        <source>no suggestion: choose it in the kit editor</source>
        <translation>无建议：请在配套编辑器中选择</translation>
    </message>
    <message>
        <source>Tick the links to make (Space ticks the row chosen; Enter applies). A link can be changed later in the kit editor (Packs like).</source>
        <translation>勾选要建立的关联（空格键勾选当前行；回车键应用）。关联之后可在配套编辑器中修改（打包内容同）。</translation>
    </message>
    <message>
        <source>Every tier and add-on that backers chose has a kit.</source>
        <translation>支持者所选的每个档位和加购都已有配套。</translation>
    </message>
    <message>
        <source>&amp;Apply ticked</source>
        <translation>应用所勾选(&amp;A)</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>加购</translation>
    </message>
</context>
<context>
    <name>ParcelDialog</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Packed</source>
        <translation>已打包</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>移出</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新状态</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>S&amp;plit into a new parcel</source>
        <translation>拆分为新包裹(&amp;P)</translation>
    </message>
    <message>
        <source>Moves the units in the Move column to a new parcel of this order</source>
        <translation>把“移出”列中的数量移到此订单的一个新包裹</translation>
    </message>
    <message>
        <source>In the box</source>
        <translation>箱内物品</translation>
    </message>
    <message>
        <source>Status changes</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Parcel #{sequence} of {order}</source>
        <translation>{order} 的第 {sequence} 个包裹</translation>
    </message>
    <message>
        <source>a replacement</source>
        <translation>补发件</translation>
    </message>
    <message>
        <source>Choose in the Move column how many units go to the new parcel.</source>
        <translation>在“移出”列中选择要移到新包裹的数量。</translation>
    </message>
    <message>
        <source>Only a parcel not packed yet, with more than one unit, can be split.</source>
        <translation>只有尚未打包且多于一件的包裹才能拆分。</translation>
    </message>
    <message>
        <source>The units moved to parcel #{sequence} of this order, pending.</source>
        <translation>这些物品已移到此订单的第 {sequence} 个包裹（待处理）。</translation>
    </message>
</context>
<context>
    <name>ParcelsTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Backer #</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>发往</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>#{n} (reship)</source>
        <translation>#{n}（补发）</translation>
    </message>
</context>
<context>
    <name>PartsTable</name>
    <message>
        <source>Send</source>
        <translation>寄出</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>订购数</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Backer #</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows, as they will be imported. Nothing is written yet.</source>
        <translation>共 {total} 行中的前 {shown} 行，即将按此导入。尚未写入任何内容。</translation>
    </message>
    <message>
        <source>In these rows: {errors} with errors (they block shipping), {warnings} with warnings, {rejected} rejected.</source>
        <translation>这些行中：{errors} 行有错误（会阻止发货），{warnings} 行有警告，{rejected} 行被拒绝。</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Packing lists</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>Pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>Customs declarations (CN22/CN23)</source>
        <translation>报关单（CN22/CN23）</translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation>全部回报</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>全部国家/地区</translation>
    </message>
    <message>
        <source>Leave out orders with address errors</source>
        <translation>不包括地址有错误的订单</translation>
    </message>
    <message>
        <source>Labels: the backer&apos;s own script below the Latin address</source>
        <translation>标签：在拉丁字母地址下方印上支持者使用的文字</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>文档(&amp;D)：</translation>
    </message>
    <message>
        <source>{n} selected backers</source>
        <translation>已选 {n} 位支持者</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>回报(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>纸张(&amp;A)：</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter（美式信纸）</translation>
    </message>
    <message>
        <source>4×6 in (label printer)</source>
        <translation>4×6 英寸（标签打印机）</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>正在生成 PDF……</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>{count} done: {file}</source>
        <translation>已完成 {count} 份：{file}</translation>
    </message>
</context>
<context>
    <name>RatesDialog</name>
    <message>
        <source>Shipping rate table</source>
        <translation>运费表</translation>
    </message>
    <message>
        <source>Zone / weight up to</source>
        <translation>区域 / 重量上限</translation>
    </message>
    <message>
        <source>Countries / cost</source>
        <translation>国家/地区 / 费用</translation>
    </message>
    <message>
        <source>zone name, e.g. Zone 1</source>
        <translation>区域名称，例如 Zone 1</translation>
    </message>
    <message>
        <source>countries, e.g. DE FR NL (* = the rest)</source>
        <translation>国家/地区，例如 DE FR NL（* = 其余）</translation>
    </message>
    <message>
        <source>Add &amp;zone</source>
        <translation>添加区域(&amp;Z)</translation>
    </message>
    <message>
        <source>&amp;Change selected zone</source>
        <translation>修改所选区域(&amp;C)</translation>
    </message>
    <message>
        <source>Gives the selected zone the name and countries typed here</source>
        <translation>把这里输入的名称和国家/地区用于所选区域</translation>
    </message>
    <message>
        <source>&amp;Remove selected</source>
        <translation>删除所选(&amp;R)</translation>
    </message>
    <message>
        <source>Removes the selected weight band, or the selected zone with its bands</source>
        <translation>删除所选的重量段，或删除所选区域及其所有重量段</translation>
    </message>
    <message>
        <source>up to grams</source>
        <translation>重量上限（克）</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <source>Set &amp;band for the selected zone</source>
        <translation>为所选区域设置重量段(&amp;B)</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>Select a zone first.</source>
        <translation>请先选择一个区域。</translation>
    </message>
    <message>
        <source>Select a zone or a weight band first.</source>
        <translation>请先选择一个区域或重量段。</translation>
    </message>
    <message>
        <source>Remove the zone “{zone}” and its {n} weight bands?</source>
        <translation>删除区域“{zone}”及其 {n} 个重量段？</translation>
    </message>
</context>
<context>
    <name>ReceivingDialog</name>
    <message>
        <source>Receive goods</source>
        <translation>收货</translation>
    </message>
    <message>
        <source>container, bill of lading or PO number</source>
        <translation>集装箱号、提单号或采购单号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>Damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>单号(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>备注(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Record delivery</source>
        <translation>登记到货(&amp;R)</translation>
    </message>
</context>
<context>
    <name>RejectedRowsModel</name>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>ReplacementsView</name>
    <message>
        <source>Open requests</source>
        <translation>未结申请</translation>
    </message>
    <message>
        <source>Backer</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>Claim number</source>
        <translation>索赔号</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>已用</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Loss rate</source>
        <translation>损失率</translation>
    </message>
    <message>
        <source>Plan rate</source>
        <translation>计划比率</translation>
    </message>
    <message>
        <source>Needed at this rate</source>
        <translation>按此比率所需</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>新申请(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Approve selected</source>
        <translation>批准所选(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;ject selected</source>
        <translation>拒绝所选(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Reship</source>
        <translation>补发(&amp;R)</translation>
    </message>
    <message>
        <source>C&amp;lose selected</source>
        <translation>关闭所选(&amp;L)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>队列(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Claims</source>
        <translation>索赔(&amp;C)</translation>
    </message>
    <message>
        <source>{n} requests closed.</source>
        <translation>已关闭 {n} 个申请。</translation>
    </message>
    <message>
        <source>&amp;Spare budget</source>
        <translation>备品预算(&amp;S)</translation>
    </message>
    <message>
        <source>Sho&amp;w closed claims</source>
        <translation>显示已关闭的索赔(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open claim…</source>
        <translation>提出索赔(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Update…</source>
        <translation>更新(&amp;U)…</translation>
    </message>
    <message>
        <source>Clos&amp;e claim</source>
        <translation>关闭索赔(&amp;E)</translation>
    </message>
    <message>
        <source>Spare stock lasts at the current loss rate.</source>
        <translation>按当前损失率，备品库存足够。</translation>
    </message>
    <message>
        <source>{active} claims still being made: {overdue} overdue, {soon} due within 7 days.</source>
        <translation>{active} 个索赔仍在进行：{overdue} 个已逾期，{soon} 个 7 天内到期。</translation>
    </message>
    <message>
        <source>{date} (overdue by {n} days)</source>
        <translation>{date}（已逾期 {n} 天）</translation>
    </message>
    <message>
        <source>{date} (due today)</source>
        <translation>{date}（今天到期）</translation>
    </message>
    <message>
        <source>{date} ({n} days left)</source>
        <translation>{date}（还剩 {n} 天）</translation>
    </message>
    <message>
        <source>Claim {id} opened.</source>
        <translation>索赔 {id} 已提出。</translation>
    </message>
    <message>
        <source>Select a claim first.</source>
        <translation>请先选择一个索赔。</translation>
    </message>
    <message>
        <source>Claim {id} saved.</source>
        <translation>索赔 {id} 已保存。</translation>
    </message>
    <message>
        <source>Close the claim for {parcel} ({carrier} {number})? It leaves the list of claims.</source>
        <translation>关闭 {parcel} 的索赔（{carrier} {number}）？它将从索赔列表中移除。</translation>
    </message>
    <message>
        <source>Close claim</source>
        <translation>关闭索赔</translation>
    </message>
    <message>
        <source>Claim {id} closed.</source>
        <translation>索赔 {id} 已关闭。</translation>
    </message>
    <message>
        <source>Replacements</source>
        <translation>补发</translation>
    </message>
    <message>
        <source>Request {id} logged.</source>
        <translation>申请 {id} 已登记。</translation>
    </message>
    <message>
        <source>{n} reship parcels are ready: pack them at the pack station.</source>
        <translation>{n} 个补发包裹已就绪：请在打包工作站打包。</translation>
    </message>
</context>
<context>
    <name>RequestsTableModel</name>
    <message>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Backer</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>登记人</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>  conflict  row {row}: {reason}</source>
        <translation>  冲突 第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>  duplicate row {row}: {reason}</source>
        <translation>  重复 第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>  unmatched row {row}: {reason}</source>
        <translation>  未匹配 第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>A band&apos;s cost is an amount of 0 or more, not {cost!r}.</source>
        <translation>重量段的费用必须是 0 或以上的金额，而不是 {cost!r}。</translation>
    </message>
    <message>
        <source>A band&apos;s highest weight is a whole number of grams above 0, not {weight!r}.</source>
        <translation>重量段的上限必须是大于 0 的整数克数，而不是 {weight!r}。</translation>
    </message>
    <message>
        <source>A bin location has at most 64 characters.</source>
        <translation>货位最多 64 个字符。</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>项目需要一个名称。</translation>
    </message>
    <message>
        <source>A claim amount must be zero or more, not {value}.</source>
        <translation>索赔金额必须为 0 或以上，而不是 {value}。</translation>
    </message>
    <message>
        <source>A claim that is {current} cannot become {new}.</source>
        <translation>状态为“{current}”的索赔不能改为“{new}”。</translation>
    </message>
    <message>
        <source>A count is a whole number of units, not {counted!r}.</source>
        <translation>清点数量必须是整数件数，而不是 {counted!r}。</translation>
    </message>
    <message>
        <source>A country can be served by one warehouse only: {clashes}.</source>
        <translation>一个国家/地区只能由一个仓库服务：{clashes}。</translation>
    </message>
    <message>
        <source>A kit cannot pack like itself.</source>
        <translation>套件不能按自身打包。</translation>
    </message>
    <message>
        <source>A kit quantity is a whole number above 0, not {quantity!r}.</source>
        <translation>套件数量必须是大于 0 的整数，而不是 {quantity!r}。</translation>
    </message>
    <message>
        <source>A lost parcel is either found (delivered) or replaced by a reship.</source>
        <translation>丢失的包裹要么找到（已送达），要么通过补发替换。</translation>
    </message>
    <message>
        <source>A lost parcel is not sent again: create a reship instead.</source>
        <translation>丢失的包裹不会再次寄出：请改为创建补发。</translation>
    </message>
    <message>
        <source>A new item needs a {field}.</source>
        <translation>新物品需要填写{field}。</translation>
    </message>
    <message>
        <source>A reference (container, bill of lading, PO) has at most 100 characters.</source>
        <translation>单号（集装箱号、提单号、采购单号）最多 100 个字符。</translation>
    </message>
    <message>
        <source>A request that is {current} cannot become {new}.</source>
        <translation>状态为“{current}”的申请不能改为“{new}”。</translation>
    </message>
    <message>
        <source>A returned parcel goes back to ready and is packed again before it ships.</source>
        <translation>退回的包裹先回到待打包，重新打包后才能发货。</translation>
    </message>
    <message>
        <source>A saved mapping needs a name.</source>
        <translation>保存的列映射需要一个名称。</translation>
    </message>
    <message>
        <source>A shelf cannot hold {counted} units; count 0 or more.</source>
        <translation>货架上不可能有 {counted} 件；请填写 0 或以上。</translation>
    </message>
    <message>
        <source>A shipment that is {current} cannot become {new}.</source>
        <translation>状态为“{current}”的包裹不能改为“{new}”。</translation>
    </message>
    <message>
        <source>A stock movement counts whole units, not {quantity!r}.</source>
        <translation>库存变动以整件计，而不是 {quantity!r}。</translation>
    </message>
    <message>
        <source>A stock movement of kind “{kind}” has no fixed direction; give its signed quantity.</source>
        <translation>“{kind}”类库存变动没有固定方向；请给出带正负号的数量。</translation>
    </message>
    <message>
        <source>A stock movement of kind “{kind}” needs {wanted}, not {quantity}.</source>
        <translation>“{kind}”类库存变动需要{wanted}，而不是 {quantity}。</translation>
    </message>
    <message>
        <source>A warehouse code is 1 to 32 characters without spaces, such as US or EU.</source>
        <translation>仓库代码为 1 到 32 个字符，不含空格，例如 US 或 EU。</translation>
    </message>
    <message>
        <source>A warehouse needs a name of at most 200 characters.</source>
        <translation>仓库需要一个不超过 200 个字符的名称。</translation>
    </message>
    <message>
        <source>A zone needs a name.</source>
        <translation>区域需要一个名称。</translation>
    </message>
    <message>
        <source>A zone needs countries: ISO codes such as &quot;US CA&quot;, or &quot;{rest}&quot; for all others.</source>
        <translation>区域需要国家/地区：ISO 代码，例如 &quot;US CA&quot;，或用 &quot;{rest}&quot; 表示其他所有国家/地区。</translation>
    </message>
    <message>
        <source>ALREADY PACKED.</source>
        <translation>已经打包过。</translation>
    </message>
    <message>
        <source>Add-ons</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>All items are in the box: scan the tracking number.</source>
        <translation>所有物品均已装箱：请扫描运单号。</translation>
    </message>
    <message>
        <source>All pledges</source>
        <translation>全部认筹</translation>
    </message>
    <message>
        <source>An inbound shipment needs at least one line.</source>
        <translation>到货单至少需要一行。</translation>
    </message>
    <message>
        <source>An item has no field {name!r}.</source>
        <translation>物品没有字段 {name!r}。</translation>
    </message>
    <message>
        <source>Backer number {number} exists in several campaigns: scan the packing-list barcode instead.</source>
        <translation>支持者编号 {number} 存在于多个项目中：请改为扫描装箱单条码。</translation>
    </message>
    <message>
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Choose at least one item the backer needs, or the whole kit.</source>
        <translation>请至少选择一件支持者需要的物品，或选择整套。</translation>
    </message>
    <message>
        <source>Choose at least one item to move to the new parcel.</source>
        <translation>请至少选择一件要移到新包裹的物品。</translation>
    </message>
    <message>
        <source>Choose the warehouse whose spare stock the replacement comes from.</source>
        <translation>请选择提供补发备品库存的仓库。</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Collected orders</source>
        <translation>已收款订单</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Creating the demo campaign</source>
        <translation>创建演示项目</translation>
    </message>
    <message>
        <source>Damaged is final: send a replacement (a reship) instead.</source>
        <translation>已损坏是最终状态：请改为寄送替换品（补发）。</translation>
    </message>
    <message>
        <source>Delivery {reference} at {warehouse}: {added:,} units put on the shelves.</source>
        <translation>{warehouse} 的到货 {reference}：{added:,} 件已上架。</translation>
    </message>
    <message>
        <source>Give the items needed, or “{whole}”.</source>
        <translation>请给出需要的物品，或“{whole}”。</translation>
    </message>
    <message>
        <source>Give the wave a name, e.g. “Europe, first wave”.</source>
        <translation>请为这一批次命名，例如“欧洲第一批”。</translation>
    </message>
    <message>
        <source>Import {batch} has later imports ({later}); undo those first, newest first.</source>
        <translation>第 {batch} 次导入之后还有其他导入（{later}）；请先从最新的开始依次撤销。</translation>
    </message>
    <message>
        <source>Import {batch} undone: {removed} order(s) removed, {restored} order(s) restored.</source>
        <translation>第 {batch} 次导入已撤销：删除了 {removed} 个订单，恢复了 {restored} 个订单。</translation>
    </message>
    <message>
        <source>Import {batch} was already undone on {when} by {operator}.</source>
        <translation>第 {batch} 次导入已于 {when} 由 {operator} 撤销。</translation>
    </message>
    <message>
        <source>It can become: {options}.</source>
        <translation>可以改为：{options}。</translation>
    </message>
    <message>
        <source>It has left the warehouse and cannot be packed again.</source>
        <translation>它已离开仓库，不能再次打包。</translation>
    </message>
    <message>
        <source>It has left the warehouse: ask the carrier to redirect it instead.</source>
        <translation>它已离开仓库：请改为联系承运商改派。</translation>
    </message>
    <message>
        <source>It has left the warehouse: it can no longer be held.</source>
        <translation>它已离开仓库：无法再暂缓。</translation>
    </message>
    <message>
        <source>It has left the warehouse: mark it returned when it comes back.</source>
        <translation>它已离开仓库：退回时请标记为已退回。</translation>
    </message>
    <message>
        <source>It has not been approved yet: approve it first, then create the reship.</source>
        <translation>尚未批准：请先批准，再创建补发。</translation>
    </message>
    <message>
        <source>It has not been decided yet: approve or reject it first.</source>
        <translation>尚未处理：请先批准或拒绝。</translation>
    </message>
    <message>
        <source>It has not been packed yet: pack it at the pack station first.</source>
        <translation>尚未打包：请先在打包台打包。</translation>
    </message>
    <message>
        <source>It has not shipped yet: mark it shipped first.</source>
        <translation>尚未发货：请先标记为已发货。</translation>
    </message>
    <message>
        <source>It is already in a box: take it back to ready (unpack) instead.</source>
        <translation>它已经装箱：请改为退回待打包（拆箱）。</translation>
    </message>
    <message>
        <source>It is closed already.</source>
        <translation>它已经关闭。</translation>
    </message>
    <message>
        <source>It is closed: log a new request instead.</source>
        <translation>它已关闭：请改为登记新的申请。</translation>
    </message>
    <message>
        <source>It is final.</source>
        <translation>这是最终状态。</translation>
    </message>
    <message>
        <source>It is on hold: release it and pack it before it ships.</source>
        <translation>它处于暂缓状态：请先解除并打包，然后才能发货。</translation>
    </message>
    <message>
        <source>It is {state} already.</source>
        <translation>它已经是“{state}”状态。</translation>
    </message>
    <message>
        <source>It was approved already.</source>
        <translation>它已经批准过了。</translation>
    </message>
    <message>
        <source>It was delivered already.</source>
        <translation>它已经送达。</translation>
    </message>
    <message>
        <source>It was delivered: it cannot be lost any more.</source>
        <translation>它已送达：不可能再丢失。</translation>
    </message>
    <message>
        <source>It was rejected: log a new request if the backer should get a replacement after all.</source>
        <translation>它已被拒绝：如果支持者最终仍应获得补发，请登记新的申请。</translation>
    </message>
    <message>
        <source>It was rejected: nothing is sent for it.</source>
        <translation>它已被拒绝：不会为它寄送任何东西。</translation>
    </message>
    <message>
        <source>Item {item} is not in parcel #{parcel}.</source>
        <translation>物品 {item} 不在包裹 #{parcel} 中。</translation>
    </message>
    <message>
        <source>Item(s) {items} are not items of this campaign.</source>
        <translation>物品 {items} 不是此项目的物品。</translation>
    </message>
    <message>
        <source>Its address must be fixed and the parcel packed before it ships.</source>
        <translation>发货前必须先修正地址并打包。</translation>
    </message>
    <message>
        <source>Its address must be fixed first: mark it ready once the address is right.</source>
        <translation>必须先修正地址：地址正确后再标记为待打包。</translation>
    </message>
    <message>
        <source>Its label comes from {tool}: pack it here; the tool&apos;s tracking number ships it.</source>
        <translation>它的面单来自 {tool}：请在这里打包；标签工具的物流单号回来后即为已发货。</translation>
    </message>
    <message>
        <source>Its label says {carrier} {tracking}.</source>
        <translation>面单上为 {carrier} {tracking}。</translation>
    </message>
    <message>
        <source>Its replacement has not been packed yet: pack the reship parcel first.</source>
        <translation>替换品尚未打包：请先打包补发包裹。</translation>
    </message>
    <message>
        <source>Its replacement is packed already.</source>
        <translation>替换品已经打包。</translation>
    </message>
    <message>
        <source>Its replacement is packed already: it cannot be rejected any more.</source>
        <translation>替换品已经打包：不能再拒绝。</translation>
    </message>
    <message>
        <source>Left out: {reasons}.</source>
        <translation>未纳入：{reasons}。</translation>
    </message>
    <message>
        <source>Line {number} ({sku})</source>
        <translation>第 {number} 行（{sku}）</translation>
    </message>
    <message>
        <source>Loaded {lines} kit line(s) for {kits} kit(s) from {file}: {created} new item(s), {updated} item(s) updated.</source>
        <translation>已从 {file} 为 {kits} 个套件载入 {lines} 行：新增 {created} 个物品，更新 {updated} 个物品。</translation>
    </message>
    <message>
        <source>Mark it ready first: a parcel is packed from the ready list.</source>
        <translation>请先标记为待打包：包裹从待打包列表中打包。</translation>
    </message>
    <message>
        <source>Name the parts as SKU:QTY separated by commas, e.g. {example}.</source>
        <translation>请按 SKU:数量 列出部件，用逗号分隔，例如 {example}。</translation>
    </message>
    <message>
        <source>No campaign {campaign} in this database.</source>
        <translation>此数据库中没有项目 {campaign}。</translation>
    </message>
    <message>
        <source>No campaign {selector!r} in this database.</source>
        <translation>此数据库中没有项目 {selector!r}。</translation>
    </message>
    <message>
        <source>No order can get a parcel in this wave.</source>
        <translation>这一批次中没有可以生成包裹的订单。</translation>
    </message>
    <message>
        <source>No order with backer number {numbers}.</source>
        <translation>没有支持者编号为 {numbers} 的订单。</translation>
    </message>
    <message>
        <source>No orders to export for {partner}: {already_sent} already sent, {no_address} without an address, {nothing_to_ship} with nothing to ship.</source>
        <translation>没有可为 {partner} 导出的订单：{already_sent} 个已发送，{no_address} 个没有地址，{nothing_to_ship} 个无需发货。</translation>
    </message>
    <message>
        <source>No parcel of order {code} is lost or damaged: mark it so, or log a lost/damaged request first.</source>
        <translation>订单 {code} 没有丢失或损坏的包裹：请先将包裹标记为丢失或损坏，或先登记一条丢失/损坏申请。</translation>
    </message>
    <message>
        <source>No parcel was made.</source>
        <translation>没有生成包裹。</translation>
    </message>
    <message>
        <source>No reward tier {tier!r} in this campaign.</source>
        <translation>此项目中没有回报档位 {tier!r}。</translation>
    </message>
    <message>
        <source>No warehouse {code!r} in this campaign.</source>
        <translation>此项目中没有仓库 {code!r}。</translation>
    </message>
    <message>
        <source>Not address fields: {fields}.</source>
        <translation>不是地址字段：{fields}。</translation>
    </message>
    <message>
        <source>Not countries I know: {countries}. Nothing was changed.</source>
        <translation>无法识别的国家/地区：{countries}。未做任何更改。</translation>
    </message>
    <message>
        <source>Not country codes: {codes}.</source>
        <translation>不是国家/地区代码：{codes}。</translation>
    </message>
    <message>
        <source>Nothing to pack: this reward has no kit yet.</source>
        <translation>没有可打包的物品：此回报还没有套件。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Nothing was recorded:
{problems}</source>
        <translation>未登记任何内容：
{problems}</translation>
    </message>
    <message>
        <source>Only {on_hand} on hand; {units} cannot be written off.</source>
        <translation>现有仅 {on_hand} 件；无法报损 {units} 件。</translation>
    </message>
    <message>
        <source>Order {code} has no parcel #{sequence}.</source>
        <translation>订单 {code} 没有第 {sequence} 号包裹。</translation>
    </message>
    <message>
        <source>Order {number} has no address to edit.</source>
        <translation>订单 {number} 没有可编辑的地址。</translation>
    </message>
    <message>
        <source>Order {order} has no kit to send again.</source>
        <translation>订单 {order} 没有可重新寄送的套件。</translation>
    </message>
    <message>
        <source>Order {order} has no parcel left to pack: it is packed already.</source>
        <translation>订单 {order} 没有待打包的包裹：已经打包。</translation>
    </message>
    <message>
        <source>Order {order} has not been packed or shipped yet: nothing to replace. Correct its parcel before it ships instead.</source>
        <translation>订单 {order} 尚未打包或发货：没有需要替换的东西。请改为在发货前更正其包裹。</translation>
    </message>
    <message>
        <source>Order {order} has parcel #{parcel} still to pack: pack it first (the pack station opens an order&apos;s first unpacked parcel).</source>
        <translation>订单 {order} 还有包裹 #{parcel} 待打包：请先打包它（打包台会打开订单的第一个未打包包裹）。</translation>
    </message>
    <message>
        <source>Order {order} holds {held} × {sku}: a replacement sends at most that many, not {units}.</source>
        <translation>订单 {order} 含 {held} × {sku}：补发最多寄出这么多，不能是 {units}。</translation>
    </message>
    <message>
        <source>Order {order} is already packed; it cannot change warehouse.</source>
        <translation>订单 {order} 已经打包；不能更换仓库。</translation>
    </message>
    <message>
        <source>Orders (all pledges)</source>
        <translation>订单（全部认筹）</translation>
    </message>
    <message>
        <source>Orders by country</source>
        <translation>按国家/地区统计订单</translation>
    </message>
    <message>
        <source>Orders by pledge status</source>
        <translation>按认筹状态统计订单</translation>
    </message>
    <message>
        <source>Orders by reward tier</source>
        <translation>按回报档位统计订单</translation>
    </message>
    <message>
        <source>Orders of this import already have shipments; it cannot be undone as a whole.</source>
        <translation>此次导入的订单已有包裹；无法整体撤销。</translation>
    </message>
    <message>
        <source>Orders with errors (all pledges)</source>
        <translation>有错误的订单（全部认筹）</translation>
    </message>
    <message>
        <source>Orders with problems (all pledges)</source>
        <translation>有问题的订单（全部认筹）</translation>
    </message>
    <message>
        <source>Parcel #{parcel} holds {quantity} of {sku}, not {units}.</source>
        <translation>包裹 #{parcel} 中有 {quantity} 件 {sku}，而不是 {units} 件。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} is packed but has not shipped: scan its tracking number to mark it shipped.</source>
        <translation>包裹 #{parcel} 已打包但尚未发货：扫描其运单号即可标记为已发货。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} is {status}: only unpacked parcels can be split.</source>
        <translation>包裹 #{parcel} 为“{status}”：只有未打包的包裹才能拆分。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} of {code} is packed already: scan its tracking number, not its items.</source>
        <translation>{code} 的包裹 #{parcel} 已经打包：请扫描运单号，而不是其中的物品。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} of {order} has not been packed yet: correct it before it ships instead of logging a replacement.</source>
        <translation>{order} 的包裹 #{parcel} 尚未打包：请在发货前更正它，而不是登记补发。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} of {order} is {status}: a carrier claim is for a lost or damaged parcel (mark it so, or log a lost/damaged request first).</source>
        <translation>{order} 的包裹 #{parcel} 为“{status}”：承运商索赔只适用于丢失或损坏的包裹（请先如此标记，或先登记丢失/损坏的申请）。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed on {when} by {operator} but has not shipped: scan its tracking number to mark it shipped.</source>
        <translation>包裹 #{parcel} 已于 {when} 由 {operator} 打包，但尚未发货：扫描其运单号即可标记为已发货。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed on {when} by {operator}; it is now {status} ({carrier} {tracking}).</source>
        <translation>包裹 #{parcel} 已于 {when} 由 {operator} 打包；现为“{status}”（{carrier} {tracking}）。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed on {when} by {operator}; it is now {status}.</source>
        <translation>包裹 #{parcel} 已于 {when} 由 {operator} 打包；现为“{status}”。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed; it is now {status} ({carrier} {tracking}).</source>
        <translation>包裹 #{parcel} 已打包；现为“{status}”（{carrier} {tracking}）。</translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed; it is now {status}.</source>
        <translation>包裹 #{parcel} 已打包；现为“{status}”。</translation>
    </message>
    <message>
        <source>Parcel {shipment} is not a parcel of order {order}.</source>
        <translation>包裹 {shipment} 不是订单 {order} 的包裹。</translation>
    </message>
    <message>
        <source>Parcels by status</source>
        <translation>按状态统计包裹</translation>
    </message>
    <message>
        <source>People edited {edits} field(s) of this import&apos;s orders after it ran; undoing it would lose their work, so it was not undone.</source>
        <translation>此次导入之后，有人编辑了其订单的 {edits} 个字段；撤销会丢失这些修改，因此未撤销。</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Request {request} has its reship parcel already (shipment {shipment}).</source>
        <translation>申请 {request} 已有补发包裹（包裹 {shipment}）。</translation>
    </message>
    <message>
        <source>Request {request} is {state}: only approved requests are reshipped.</source>
        <translation>申请 {request} 为“{state}”：只有已批准的申请才会补发。</translation>
    </message>
    <message>
        <source>Request {request}: {reason}</source>
        <translation>申请 {request}：{reason}</translation>
    </message>
    <message>
        <source>Reward tiers</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <source>SKU {sku} is not in the catalogue yet: give its name (and details) on its row</source>
        <translation>SKU {sku} 尚未在物品目录中：请在其所在行填写名称（及详细信息）</translation>
    </message>
    <message>
        <source>SURPLUS: the order needs {quantity} × {item} and all are in the box already. Take the extra one out.</source>
        <translation>多余：此订单需要 {quantity} × {item}，已全部装箱。请取出多出的那件。</translation>
    </message>
    <message>
        <source>Say why the stock changes (for example: recount after stock-take, dropped carton).</source>
        <translation>请说明库存变动的原因（例如：盘点后重新清点、纸箱跌落）。</translation>
    </message>
    <message>
        <source>Scan an order&apos;s packing-list barcode or type its backer number.</source>
        <translation>请扫描订单装箱单上的条码，或输入其支持者编号。</translation>
    </message>
    <message>
        <source>Scan the tracking number before the parcel ships.</source>
        <translation>包裹发货前请先扫描运单号。</translation>
    </message>
    <message>
        <source>Still to ship (collected, not packed)</source>
        <translation>仍待发货（已收款、未打包）</translation>
    </message>
    <message>
        <source>That address conflict is already resolved.</source>
        <translation>该地址冲突已经解决。</translation>
    </message>
    <message>
        <source>That duplicate suggestion was already decided.</source>
        <translation>该重复建议已经处理过。</translation>
    </message>
    <message>
        <source>That would move everything: leave at least one item in the first parcel.</source>
        <translation>这样会移走所有物品：第一个包裹中至少要留一件物品。</translation>
    </message>
    <message>
        <source>The address has unresolved errors; fix them before packing: {errors}</source>
        <translation>地址有未解决的错误；请先修正再打包：{errors}</translation>
    </message>
    <message>
        <source>The box for {code} is not complete. Missing: {missing}.</source>
        <translation>{code} 的箱子还不齐全。缺少：{missing}。</translation>
    </message>
    <message>
        <source>The box for {code} is not complete: the checklist is empty.</source>
        <translation>{code} 的箱子还不齐全：核对清单为空。</translation>
    </message>
    <message>
        <source>The campaign already has a warehouse {code}.</source>
        <translation>该项目已有仓库 {code}。</translation>
    </message>
    <message>
        <source>The claim is {status} already.</source>
        <translation>该索赔已经是“{status}”状态。</translation>
    </message>
    <message>
        <source>The database holds no campaign yet; create one or import backers first.</source>
        <translation>数据库中还没有项目；请先新建项目或导入支持者。</translation>
    </message>
    <message>
        <source>The database holds {count} campaigns; pick one with --campaign ({listing}).</source>
        <translation>数据库中有 {count} 个项目；请用 --campaign 选择一个（{listing}）。</translation>
    </message>
    <message>
        <source>The import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>The number of days ahead cannot be negative.</source>
        <translation>提前天数不能为负数。</translation>
    </message>
    <message>
        <source>The number of units must be more than 0, not {units}.</source>
        <translation>件数必须大于 0，而不是 {units}。</translation>
    </message>
    <message>
        <source>The number of units needed cannot be negative.</source>
        <translation>所需件数不能为负数。</translation>
    </message>
    <message>
        <source>The order has no warehouse: assign one before packing.</source>
        <translation>此订单没有仓库：请先分配仓库再打包。</translation>
    </message>
    <message>
        <source>The packaging allowance cannot be negative.</source>
        <translation>包装重量余量不能为负数。</translation>
    </message>
    <message>
        <source>The parcel of {code} changed since it was opened: scan the order again.</source>
        <translation>{code} 的包裹在打开后已有变动：请重新扫描订单。</translation>
    </message>
    <message>
        <source>The partner packs it: it ships when the partner&apos;s tracking number comes back.</source>
        <translation>由合作方打包：合作方的物流单号回来后即为已发货。</translation>
    </message>
    <message>
        <source>The pledge is {status}, not collected: it does not ship.</source>
        <translation>该认筹为“{status}”，未收款：不发货。</translation>
    </message>
    <message>
        <source>The request has no warehouse: approve it again choosing one.</source>
        <translation>该申请没有仓库：请重新批准并选择仓库。</translation>
    </message>
    <message>
        <source>The shipment is already {status}.</source>
        <translation>该包裹已经是“{status}”状态。</translation>
    </message>
    <message>
        <source>The tracking number is empty.</source>
        <translation>运单号为空。</translation>
    </message>
    <message>
        <source>The {platform} tracking export fills in your own {template}: give it with --template FILE.</source>
        <translation>{platform} 的运单号导出会填写您自己的{template}：请用 --template FILE 指定该文件。</translation>
    </message>
    <message>
        <source>There is a wave named {name!r} already.</source>
        <translation>已有名为 {name!r} 的批次。</translation>
    </message>
    <message>
        <source>There is already a campaign named {name!r} in this database.</source>
        <translation>此数据库中已有名为 {name!r} 的项目。</translation>
    </message>
    <message>
        <source>There is already an item with SKU {sku!r}.</source>
        <translation>已有 SKU 为 {sku!r} 的物品。</translation>
    </message>
    <message>
        <source>There is no add-on {id}.</source>
        <translation>没有加购项 {id}。</translation>
    </message>
    <message>
        <source>There is no campaign {campaign}.</source>
        <translation>没有项目 {campaign}。</translation>
    </message>
    <message>
        <source>There is no campaign {id}.</source>
        <translation>没有编号为 {id} 的活动。</translation>
    </message>
    <message>
        <source>There is no claim {claim}.</source>
        <translation>没有索赔 {claim}。</translation>
    </message>
    <message>
        <source>There is no claim {id} in this campaign.</source>
        <translation>本活动中没有编号为 {id} 的索赔。</translation>
    </message>
    <message>
        <source>There is no import {batch} in this database.</source>
        <translation>此数据库中没有第 {batch} 次导入。</translation>
    </message>
    <message>
        <source>There is no inbound shipment {inbound}.</source>
        <translation>没有到货单 {inbound}。</translation>
    </message>
    <message>
        <source>There is no item {item} in the campaign of warehouse {warehouse}.</source>
        <translation>仓库 {warehouse} 所属项目中没有物品 {item}。</translation>
    </message>
    <message>
        <source>There is no item {item}.</source>
        <translation>没有物品 {item}。</translation>
    </message>
    <message>
        <source>There is no order {code} in this campaign.</source>
        <translation>此项目中没有订单 {code}。</translation>
    </message>
    <message>
        <source>There is no order {order}.</source>
        <translation>没有订单 {order}。</translation>
    </message>
    <message>
        <source>There is no rate band {band}.</source>
        <translation>没有重量段 {band}。</translation>
    </message>
    <message>
        <source>There is no rate zone {zone}.</source>
        <translation>没有运费区域 {zone}。</translation>
    </message>
    <message>
        <source>There is no replacement request {request}.</source>
        <translation>没有补发申请 {request}。</translation>
    </message>
    <message>
        <source>There is no reward tier {id}.</source>
        <translation>没有回报档位 {id}。</translation>
    </message>
    <message>
        <source>There is no shipment {shipment}.</source>
        <translation>没有包裹 {shipment}。</translation>
    </message>
    <message>
        <source>There is no such warehouse and item.</source>
        <translation>没有这样的仓库和物品。</translation>
    </message>
    <message>
        <source>There is no warehouse {code!r} in this campaign.</source>
        <translation>此项目中没有仓库 {code!r}。</translation>
    </message>
    <message>
        <source>There is no warehouse {warehouse} in the campaign of this order.</source>
        <translation>此订单所属项目中没有仓库 {warehouse}。</translation>
    </message>
    <message>
        <source>There is no warehouse {warehouse} in this campaign.</source>
        <translation>此项目中没有仓库 {warehouse}。</translation>
    </message>
    <message>
        <source>There is no warehouse {warehouse}.</source>
        <translation>没有仓库 {warehouse}。</translation>
    </message>
    <message>
        <source>There is no wave {wave!r} in this campaign.</source>
        <translation>本活动中没有批次 {wave!r}。</translation>
    </message>
    <message>
        <source>These kits would pack like each other in a circle: {chain}</source>
        <translation>这些套件会互相按对方打包，形成循环：{chain}</translation>
    </message>
    <message>
        <source>These now pack their own kit instead of another&apos;s: {kits}.</source>
        <translation>以下各项现在按自己的套件打包，而不再按其他套件：{kits}。</translation>
    </message>
    <message>
        <source>This box is parcel #{parcel}, a replacement for parcel #{replaced}: only what its request sends.</source>
        <translation>这一箱是包裹 #{parcel}，用于补发包裹 #{replaced}：只装补发申请所列的物品。</translation>
    </message>
    <message>
        <source>This box is parcel #{parcel}.</source>
        <translation>这一箱是包裹 #{parcel}。</translation>
    </message>
    <message>
        <source>This campaign has no replacement request {requests}.</source>
        <translation>本项目没有补发申请 {requests}。</translation>
    </message>
    <message>
        <source>This order has nothing to pack: its reward has no kit yet.</source>
        <translation>此订单没有可打包的物品：其回报还没有套件。</translation>
    </message>
    <message>
        <source>This order was merged into another one (backer {number}, {code}): its items ship in that box. Do not pack it separately.</source>
        <translation>此订单已合并到另一个订单（支持者 {number}，{code}）：其物品随那一箱发货。请勿单独打包。</translation>
    </message>
    <message>
        <source>This order was merged into another one ({code}): its items ship in that box. Do not pack it separately.</source>
        <translation>此订单已合并到另一个订单（{code}）：其物品随那一箱发货。请勿单独打包。</translation>
    </message>
    <message>
        <source>This order was merged into order {into}: pack that one instead.</source>
        <translation>此订单已合并到订单 {into}：请改为打包那一个。</translation>
    </message>
    <message>
        <source>This parcel has no warehouse: assign the order to a warehouse before packing it.</source>
        <translation>此包裹没有仓库：打包前请先为订单分配仓库。</translation>
    </message>
    <message>
        <source>This parcel is on hold: release it (mark it ready) first.</source>
        <translation>此包裹处于暂缓状态：请先解除（标记为待打包）。</translation>
    </message>
    <message>
        <source>This parcel is with {partner}: the partner packs and ships it. Take it back to ready first to pack it here.</source>
        <translation>这个包裹在 {partner} 处：由合作方打包发货。若要在这里打包，请先把它改回“就绪”。</translation>
    </message>
    <message>
        <source>This pledge was not collected: it does not ship.</source>
        <translation>此认筹未收款：不发货。</translation>
    </message>
    <message>
        <source>This warehouse already has a zone named {name!r}.</source>
        <translation>此仓库已有名为 {name!r} 的区域。</translation>
    </message>
    <message>
        <source>Tracking number {number} is already on parcel #{parcel} of {order}: each parcel has its own label.</source>
        <translation>运单号 {number} 已用于 {order} 的包裹 #{parcel}：每个包裹都有自己的面单。</translation>
    </message>
    <message>
        <source>Unknown barcode “{code}”: no item has it.</source>
        <translation>未知条码“{code}”：没有物品使用此条码。</translation>
    </message>
    <message>
        <source>Unknown field(s) {fields} in the columns; use {known}.</source>
        <translation>列映射中有未知字段 {fields}；可用字段：{known}。</translation>
    </message>
    <message>
        <source>Unknown format {name!r}; choose one of: {choices}.</source>
        <translation>未知格式 {name!r}；请选择以下之一：{choices}。</translation>
    </message>
    <message>
        <source>Unknown paper size {paper!r}; use one of: {papers}.</source>
        <translation>未知纸张尺寸 {paper!r}；请使用以下之一：{papers}。</translation>
    </message>
    <message>
        <source>Unknown pledge status {status!r}; use one of {options}, or any.</source>
        <translation>未知认筹状态 {status!r}；请使用 {options} 之一，或 any。</translation>
    </message>
    <message>
        <source>Unknown {what} {name!r}; use one of: {names}.</source>
        <translation>未知的{what} {name!r}；请使用以下之一：{names}。</translation>
    </message>
    <message>
        <source>WRONG ITEM: {item} ({code}) is not part of this order. Take it out of the box.</source>
        <translation>错误物品：{item}（{code}）不属于此订单。请将其从箱中取出。</translation>
    </message>
    <message>
        <source>Warehouse code used twice in {name!r}: {codes}.</source>
        <translation>{name!r} 中仓库代码重复使用：{codes}。</translation>
    </message>
    <message>
        <source>Wave {name}: {parcels:,} parcel(s) from {warehouse}.</source>
        <translation>批次 {name}：从 {warehouse} 发出 {parcels:,} 个包裹。</translation>
    </message>
    <message>
        <source>Which carrier is the claim with? The parcel has no carrier recorded.</source>
        <translation>向哪家承运商索赔？该包裹没有记录承运商。</translation>
    </message>
    <message>
        <source>Wrote {orders:,} order(s) ({rows:,} row(s)) for {partner} to {file}</source>
        <translation>已为 {partner} 将 {orders:,} 个订单（{rows:,} 行）写入 {file}</translation>
    </message>
    <message>
        <source>Wrote {rows:,} row(s) to {file}: {tracked:,} with tracking</source>
        <translation>已将 {rows:,} 行写入 {file}：{tracked:,} 个有运单号</translation>
    </message>
    <message>
        <source>Zone {zone!r} of this warehouse already covers {what}.</source>
        <translation>此仓库的区域 {zone!r} 已覆盖 {what}。</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a SQLite database</source>
        <translation>SQLite 数据库</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩包</translation>
    </message>
    <message>
        <source>a kit sheet is one table, but this zip holds {count} ({names})</source>
        <translation>套件表只能是一个表格，但此 zip 中有 {count} 个（{names}）</translation>
    </message>
    <message>
        <source>a negative quantity</source>
        <translation>负数</translation>
    </message>
    <message>
        <source>a positive quantity</source>
        <translation>正数</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>程序</translation>
    </message>
    <message>
        <source>a quantity of 0 (picking does not change what is on hand)</source>
        <translation>数量 0（拣货不改变现有库存）</translation>
    </message>
    <message>
        <source>a quantity other than 0</source>
        <translation>非 0 的数量</translation>
    </message>
    <message>
        <source>a quoted cell that starts in this row is never closed: the file looks cut short (truncated); export or download it again</source>
        <translation>从这一行开始的带引号单元格没有结束：文件似乎被截断；请重新导出或下载</translation>
    </message>
    <message>
        <source>a worker process stopped unexpectedly</source>
        <translation>一个工作进程意外停止</translation>
    </message>
    <message>
        <source>address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>already recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>backer id {value!r}</source>
        <translation>支持者 ID {value!r}</translation>
    </message>
    <message>
        <source>backer number or UID</source>
        <translation>支持者编号或 UID</translation>
    </message>
    <message>
        <source>backer number {value!r}</source>
        <translation>支持者编号 {value!r}</translation>
    </message>
    <message>
        <source>budget buffer</source>
        <translation>预算预留</translation>
    </message>
    <message>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>column {column!r}: {reason}</source>
        <translation>列 {column!r}：{reason}</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <source>contributions file</source>
        <translation>贡献记录文件</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>实点</translation>
    </message>
    <message>
        <source>customs currency</source>
        <translation>申报货币</translation>
    </message>
    <message>
        <source>customs declarations</source>
        <translation>报关单</translation>
    </message>
    <message>
        <source>customs value</source>
        <translation>申报价值</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>损坏</translation>
    </message>
    <message>
        <source>damaged ({damaged}) cannot be more than counted ({counted})</source>
        <translation>损坏数（{damaged}）不能多于实点数（{counted}）</translation>
    </message>
    <message>
        <source>document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>e-mail {value!r}</source>
        <translation>电子邮件 {value!r}</translation>
    </message>
    <message>
        <source>empty; every kit line needs the item&apos;s SKU</source>
        <translation>为空；每个套件行都需要物品的 SKU</translation>
    </message>
    <message>
        <source>empty; name a reward tier or add-on</source>
        <translation>为空；请填写回报档位或加购项</translation>
    </message>
    <message>
        <source>every CSV file in the zip is empty: no rows to import</source>
        <translation>zip 中的每个 CSV 文件都是空的：没有可导入的行</translation>
    </message>
    <message>
        <source>every sheet of this workbook is empty: no rows to import</source>
        <translation>此工作簿的每个工作表都是空的：没有可导入的行</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>应到</translation>
    </message>
    <message>
        <source>height mm</source>
        <translation>高（毫米）</translation>
    </message>
    <message>
        <source>hs code</source>
        <translation>HS 编码</translation>
    </message>
    <message>
        <source>is stock</source>
        <translation>是否库存物品</translation>
    </message>
    <message>
        <source>is yes or no</source>
        <translation>只能是“是”或“否”</translation>
    </message>
    <message>
        <source>kit</source>
        <translation>套件</translation>
    </message>
    <message>
        <source>kits</source>
        <translation>套件</translation>
    </message>
    <message>
        <source>length mm</source>
        <translation>长（毫米）</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>无 SKU</translation>
    </message>
    <message>
        <source>no column to find the order by (order number, backer number, backer id or e-mail)</source>
        <translation>没有可用于查找订单的列（订单号、支持者编号、支持者 ID 或电子邮件）</translation>
    </message>
    <message>
        <source>no extension</source>
        <translation>无扩展名</translation>
    </message>
    <message>
        <source>no order number, backer number, backer id or e-mail in this row</source>
        <translation>这一行没有订单号、支持者编号、支持者 ID 或电子邮件</translation>
    </message>
    <message>
        <source>no order with {tried}</source>
        <translation>找不到与{tried}相符的订单</translation>
    </message>
    <message>
        <source>no reward tier or add-on is called {name!r} (known: none yet — import backers first)</source>
        <translation>没有名为 {name!r} 的回报档位或加购项（已知：暂无——请先导入支持者）</translation>
    </message>
    <message>
        <source>no reward tier or add-on is called {name!r} (known: {listing})</source>
        <translation>没有名为 {name!r} 的回报档位或加购项（已知：{listing}）</translation>
    </message>
    <message>
        <source>no reward tier or add-on is called {name!r} (known: {listing}; … ({count} in all))</source>
        <translation>没有名为 {name!r} 的回报档位或加购项（已知：{listing}；……（共 {count} 个））</translation>
    </message>
    <message>
        <source>no rows to import: there is a header row but no data under it</source>
        <translation>没有可导入的行：有表头行，但下面没有数据</translation>
    </message>
    <message>
        <source>no tracking number column found (map one, e.g. &apos;Tracking Number&apos;); headers: {headers}</source>
        <translation>未找到运单号列（请映射一列，例如 &apos;Tracking Number&apos;）；表头：{headers}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <source>order export format</source>
        <translation>订单导出格式</translation>
    </message>
    <message>
        <source>order {value!r}</source>
        <translation>订单 {value!r}</translation>
    </message>
    <message>
        <source>order&apos;s extra line</source>
        <translation>订单附加行</translation>
    </message>
    <message>
        <source>order&apos;s extra lines</source>
        <translation>订单附加行</translation>
    </message>
    <message>
        <source>origin country</source>
        <translation>原产国</translation>
    </message>
    <message>
        <source>packing lists</source>
        <translation>装箱单</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>parcels</source>
        <translation>包裹</translation>
    </message>
    <message>
        <source>percentage</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>pick list</source>
        <translation>拣货单</translation>
    </message>
    <message>
        <source>pipe</source>
        <translation>竖线</translation>
    </message>
    <message>
        <source>row {row}, column {column!r}: {reason}</source>
        <translation>第 {row} 行，列 {column!r}：{reason}</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>rows {rows} give this order {count} different tracking numbers</source>
        <translation>第 {rows} 行给此订单提供了 {count} 个不同的运单号</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <source>sheet {sheet!r}</source>
        <translation>工作表 {sheet!r}</translation>
    </message>
    <message>
        <source>sku</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>spare percent</source>
        <translation>备品百分比</translation>
    </message>
    <message>
        <source>spare percentage</source>
        <translation>备品百分比</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>the PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>the backer id {value!r} belongs to {count} orders: give the order number</source>
        <translation>支持者 ID {value!r} 对应 {count} 个订单：请提供订单号</translation>
    </message>
    <message>
        <source>the backer number column is missing (a Kickstarter report needs Backer Number or Backer Id)</source>
        <translation>缺少支持者编号列（Kickstarter 报告需要 Backer Number 或 Backer Id）</translation>
    </message>
    <message>
        <source>the column {column} is missing; a kit sheet needs kit, sku and quantity</source>
        <translation>缺少列 {column}；套件表需要 kit、sku 和 quantity</translation>
    </message>
    <message>
        <source>the columns do not match an export Fulfiller knows. Expected a Kickstarter backer report (Backer Number or Backer Id, Backer Name, Email, Pledge Amount, Pledged Status, Shipping ... columns) or an Indiegogo contributions export (Order No., Pledge ID, Perk, Shipping ... columns). For BackerKit, PledgeBox, Gamefound or any other spreadsheet, import it with a column mapping that says which column holds what. Columns found: {columns}</source>
        <translation>这些列与 Fulfiller 已知的导出格式都不匹配。应为 Kickstarter 支持者报告（Backer Number 或 Backer Id、Backer Name、Email、Pledge Amount、Pledged Status、Shipping ... 等列），或 Indiegogo 贡献记录导出（Order No.、Pledge ID、Perk、Shipping ... 等列）。BackerKit、PledgeBox、Gamefound 或其他任何表格，请用列映射导入，说明哪一列是什么内容。找到的列：{columns}</translation>
    </message>
    <message>
        <source>the columns {columns} are missing; a kit sheet needs kit, sku and quantity</source>
        <translation>缺少列 {columns}；套件表需要 kit、sku 和 quantity</translation>
    </message>
    <message>
        <source>the columns {first!r} and {second!r} both mean {column!r}</source>
        <translation>列 {first!r} 和 {second!r} 都表示 {column!r}</translation>
    </message>
    <message>
        <source>the e-mail {value!r} belongs to {count} orders: give the order number</source>
        <translation>电子邮件 {value!r} 对应 {count} 个订单：请提供订单号</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>the file cannot be read ({reason})</source>
        <translation>无法读取文件（{reason}）</translation>
    </message>
    <message>
        <source>the file contains binary data (NUL bytes)</source>
        <translation>文件包含二进制数据（NUL 字节）</translation>
    </message>
    <message>
        <source>the file does not exist (looked for {path})</source>
        <translation>文件不存在（查找的是 {path}）</translation>
    </message>
    <message>
        <source>the file ends in the middle of a character: it looks cut short</source>
        <translation>文件在一个字符中间结束：似乎被截断</translation>
    </message>
    <message>
        <source>the file has addresses but no country column; every address needs its country</source>
        <translation>文件中有地址，但没有国家/地区列；每个地址都需要国家/地区</translation>
    </message>
    <message>
        <source>the file holds only blank lines: no rows to import</source>
        <translation>文件只有空行：没有可导入的行</translation>
    </message>
    <message>
        <source>the file is UTF-8 up to byte {byte}, which is not: it mixes two text encodings; open it in a spreadsheet and save it again as CSV UTF-8</source>
        <translation>文件在第 {byte} 字节之前是 UTF-8，该字节却不是：文件混用了两种文本编码；请在表格软件中打开并重新另存为 CSV UTF-8</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes): no rows to import</source>
        <translation>文件为空（0 字节）：没有可导入的行</translation>
    </message>
    <message>
        <source>the file says it is {encoding} but byte {byte} is not valid in it: the file is damaged or cut short</source>
        <translation>文件声明为 {encoding}，但第 {byte} 字节在该编码中无效：文件已损坏或被截断</translation>
    </message>
    <message>
        <source>the mapped column is not in the file</source>
        <translation>映射的列不在文件中</translation>
    </message>
    <message>
        <source>the order already has tracking number {number}</source>
        <translation>该订单已有运单号 {number}</translation>
    </message>
    <message>
        <source>the order id column of mapping {name!r} is missing</source>
        <translation>缺少列映射 {name!r} 的订单 ID 列</translation>
    </message>
    <message>
        <source>the order number column is missing</source>
        <translation>缺少订单号列</translation>
    </message>
    <message>
        <source>the parcel cannot ship: {reason}</source>
        <translation>该包裹无法发货：{reason}</translation>
    </message>
    <message>
        <source>the parcel has no warehouse: assign the order to a warehouse before it can be packed and shipped</source>
        <translation>该包裹没有仓库：请先为订单分配仓库，然后才能打包和发货</translation>
    </message>
    <message>
        <source>the parcel is {status}</source>
        <translation>该包裹为“{status}”</translation>
    </message>
    <message>
        <source>the rest of the world</source>
        <translation>世界其他地区</translation>
    </message>
    <message>
        <source>the same tracking number as row {row}</source>
        <translation>与第 {row} 行的运单号相同</translation>
    </message>
    <message>
        <source>the sheet holds no kit lines</source>
        <translation>套件表中没有套件行</translation>
    </message>
    <message>
        <source>the text encoding cannot be recognised; save the file as CSV UTF-8 and import it again</source>
        <translation>无法识别文本编码；请将文件另存为 CSV UTF-8 后重新导入</translation>
    </message>
    <message>
        <source>the upgrade would leave {count} broken reference(s)</source>
        <translation>升级会留下 {count} 个失效的引用</translation>
    </message>
    <message>
        <source>the zip file holds no CSV file (found: {found})</source>
        <translation>zip 文件中没有 CSV 文件（找到：{found}）</translation>
    </message>
    <message>
        <source>the zip file is damaged ({reason}); download it again</source>
        <translation>zip 文件已损坏（{reason}）；请重新下载</translation>
    </message>
    <message>
        <source>the zip file is damaged or incomplete ({reason}); download it again</source>
        <translation>zip 文件已损坏或不完整（{reason}）；请重新下载</translation>
    </message>
    <message>
        <source>this file in the zip cannot be read ({reason})</source>
        <translation>无法读取 zip 中的此文件（{reason}）</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>this is not a table of backers: it looks like {kind}</source>
        <translation>这不是支持者表格：它看起来是{kind}</translation>
    </message>
    <message>
        <source>this is not a text file: it contains binary data</source>
        <translation>这不是文本文件：其中包含二进制数据</translation>
    </message>
    <message>
        <source>this is not a text file: it contains binary data (NUL bytes)</source>
        <translation>这不是文本文件：其中包含二进制数据（NUL 字节）</translation>
    </message>
    <message>
        <source>this row has more cells than the header has columns ({cell!r})</source>
        <translation>这一行的单元格比表头的列多（{cell!r}）</translation>
    </message>
    <message>
        <source>this workbook cannot be opened ({reason})</source>
        <translation>无法打开此工作簿（{reason}）</translation>
    </message>
    <message>
        <source>tracking</source>
        <translation>运单号</translation>
    </message>
    <message>
        <source>tracking export format</source>
        <translation>运单号导出格式</translation>
    </message>
    <message>
        <source>tracking number {number} also belongs to {count} other order(s)</source>
        <translation>运单号 {number} 还属于另外 {count} 个订单</translation>
    </message>
    <message>
        <source>tracking template from the backer report</source>
        <translation>支持者报告中的运单号模板</translation>
    </message>
    <message>
        <source>unknown column {header!r}; a kit sheet has the columns {columns}</source>
        <translation>未知列 {header!r}；套件表的列为 {columns}</translation>
    </message>
    <message>
        <source>unknown field {field!r} in the column mapping; use {fields}</source>
        <translation>列映射中有未知字段 {field!r}；请使用 {fields}</translation>
    </message>
    <message>
        <source>unknown tracking preset {preset!r}; use auto, {presets}</source>
        <translation>未知的运单号预设 {preset!r}；请使用 auto、{presets}</translation>
    </message>
    <message>
        <source>variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <source>weight g</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <source>where the warehouse is</source>
        <translation>仓库所在地</translation>
    </message>
    <message>
        <source>width mm</source>
        <translation>宽（毫米）</translation>
    </message>
    <message>
        <source>{carrier} claim {number} is recorded already (claim {claim}).</source>
        <translation>{carrier} 索赔 {number} 已经登记过（索赔 {claim}）。</translation>
    </message>
    <message>
        <source>{carrier} tracking number {number}, but the box is not complete. Missing: {missing}.</source>
        <translation>{carrier} 运单号 {number}，但箱子还不齐全。缺少：{missing}。</translation>
    </message>
    <message>
        <source>{carrier} tracking number {number}.</source>
        <translation>{carrier} 运单号 {number}。</translation>
    </message>
    <message>
        <source>{changed:,} request(s) decided</source>
        <translation>已处理 {changed:,} 个申请</translation>
    </message>
    <message>
        <source>{changed:,} request(s) decided; {refused:,} refused</source>
        <translation>已处理 {changed:,} 个申请；{refused:,} 个被拒绝</translation>
    </message>
    <message>
        <source>{code!r} is not a two-letter country code (or * for every other country).</source>
        <translation>{code!r} 不是两个字母的国家/地区代码（或用 * 表示其他所有国家/地区）。</translation>
    </message>
    <message>
        <source>{code} cannot be packed:</source>
        <translation>{code} 无法打包：</translation>
    </message>
    <message>
        <source>{code} cannot be shipped:</source>
        <translation>{code} 不能发货：</translation>
    </message>
    <message>
        <source>{code} is the order being packed.</source>
        <translation>{code} 就是正在打包的订单。</translation>
    </message>
    <message>
        <source>{country!r} is not a country Fulfiller knows.</source>
        <translation>Fulfiller 不认识国家/地区 {country!r}。</translation>
    </message>
    <message>
        <source>{country} ({other} and {warehouse})</source>
        <translation>{country}（{other} 和 {warehouse}）</translation>
    </message>
    <message>
        <source>{currency!r} is not a three-letter currency code such as USD or EUR.</source>
        <translation>{currency!r} 不是三个字母的货币代码，例如 USD 或 EUR。</translation>
    </message>
    <message>
        <source>{encoding}, {delimiter}</source>
        <translation>{encoding}，{delimiter}</translation>
    </message>
    <message>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <source>{file}, column {column!r}: {reason}</source>
        <translation>{file}，列 {column!r}：{reason}</translation>
    </message>
    <message>
        <source>{file}, row {row}, column {column!r}: {reason}</source>
        <translation>{file}，第 {row} 行，列 {column!r}：{reason}</translation>
    </message>
    <message>
        <source>{file}, row {row}: {reason}</source>
        <translation>{file}，第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>{file}, {shown}. Nothing was loaded: correct the sheet and load it again.</source>
        <translation>{file}，{shown}。未载入任何内容：请更正套件表后重新载入。</translation>
    </message>
    <message>
        <source>{file}, {shown}; and {more} more problem(s). Nothing was loaded: correct the sheet and load it again.</source>
        <translation>{file}，{shown}；另有 {more} 个问题。未载入任何内容：请更正套件表后重新载入。</translation>
    </message>
    <message>
        <source>{file}: columns of mapping {name!r} not in the file: {columns}</source>
        <translation>{file}：列映射 {name!r} 中不在文件里的列：{columns}</translation>
    </message>
    <message>
        <source>{file}: exports are written as .csv or .xlsx, not {suffix!r}</source>
        <translation>{file}：导出文件只能写成 .csv 或 .xlsx，而不是 {suffix!r}</translation>
    </message>
    <message>
        <source>{file}: no {what} column (looked for {looked}); headers: {headers}</source>
        <translation>{file}：没有{what}列（查找了 {looked}）；表头：{headers}</translation>
    </message>
    <message>
        <source>{file}: the import stopped while checking rows {first}-{last} ({reason}). Nothing was changed.</source>
        <translation>{file}：检查第 {first}-{last} 行时导入中止（{reason}）。未做任何更改。</translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}：{reason}</translation>
    </message>
    <message>
        <source>{file}: {rows:,} row(s): {matched:,} matched and applied, {unchanged:,} already there, {unmatched:,} unmatched, {duplicates:,} duplicate(s), {conflicts:,} conflict(s).</source>
        <translation>{file}：{rows:,} 行：{matched:,} 行已匹配并应用，{unchanged:,} 行已存在，{unmatched:,} 行未匹配，{duplicates:,} 行重复，{conflicts:,} 行冲突。</translation>
    </message>
    <message>
        <source>{file}: {rows:,} row(s): {matched:,} matched, {unchanged:,} already there, {unmatched:,} unmatched, {duplicates:,} duplicate(s), {conflicts:,} conflict(s).</source>
        <translation>{file}：{rows:,} 行：{matched:,} 行已匹配，{unchanged:,} 行已存在，{unmatched:,} 行未匹配，{duplicates:,} 行重复，{conflicts:,} 行冲突。</translation>
    </message>
    <message>
        <source>{first} and {rest}</source>
        <translation>{first}和{rest}</translation>
    </message>
    <message>
        <source>{first} or {rest}</source>
        <translation>{first}或{rest}</translation>
    </message>
    <message>
        <source>{item}: {packed} of {quantity}</source>
        <translation>{item}：{packed} / {quantity}</translation>
    </message>
    <message>
        <source>{label}: spares will run out — {left} left of {planned}, {needed} needed for the {to_ship} unit(s) still to ship at the loss rate so far ({rate} vs {percent} % planned).</source>
        <translation>{label}：备品将会不够——计划 {planned} 件，剩余 {left} 件；按目前的损失率，尚待发货的 {to_ship} 件需要 {needed} 件（损失率 {rate}，计划 {percent} %）。</translation>
    </message>
    <message>
        <source>{label}: {used} replacement unit(s) used, {over} more than the {planned} spare(s) planned (loss rate {rate} vs {percent} % planned).</source>
        <translation>{label}：已用于补发 {used} 件，比计划的 {planned} 件备品多 {over} 件（损失率 {rate}，计划 {percent} %）。</translation>
    </message>
    <message>
        <source>{line}: no item with this SKU in the campaign.</source>
        <translation>{line}：此项目中没有该 SKU 的物品。</translation>
    </message>
    <message>
        <source>{line}: the same item as line {other}; put it on one line.</source>
        <translation>{line}：与第 {other} 行是同一物品；请合并为一行。</translation>
    </message>
    <message>
        <source>{line}: {name} is not kept in stock, so it is not received.</source>
        <translation>{line}：{name} 不是库存物品，因此不收货。</translation>
    </message>
    <message>
        <source>{line}: {problem}.</source>
        <translation>{line}：{problem}。</translation>
    </message>
    <message>
        <source>{n:,} already packed or shipped left as they were</source>
        <translation>{n:,} 个已打包或已发货的保持不变</translation>
    </message>
    <message>
        <source>{n:,} already sent to a partner left out (--include-already-sent)</source>
        <translation>{n:,} 个已发给合作方的未包括（--include-already-sent）</translation>
    </message>
    <message>
        <source>{n:,} merged into another order</source>
        <translation>{n:,} 个已合并到其他订单</translation>
    </message>
    <message>
        <source>{n:,} pledge(s) not collected</source>
        <translation>{n:,} 个认筹未付款</translation>
    </message>
    <message>
        <source>{n:,} refused</source>
        <translation>{n:,} 个被拒绝</translation>
    </message>
    <message>
        <source>{n:,} shipment(s) changed</source>
        <translation>已更改 {n:,} 个包裹</translation>
    </message>
    <message>
        <source>{n:,} split into several parcels need their lines checked by hand</source>
        <translation>{n:,} 个拆分为多个包裹的需要人工核对其明细</translation>
    </message>
    <message>
        <source>{n:,} template row(s) match no order here</source>
        <translation>{n:,} 行模板在此没有匹配的订单</translation>
    </message>
    <message>
        <source>{n:,} whose reward has no kit yet</source>
        <translation>{n:,} 个的回报还没有配套清单</translation>
    </message>
    <message>
        <source>{n:,} with a parcel already</source>
        <translation>{n:,} 个已有包裹</translation>
    </message>
    <message>
        <source>{n:,} with a warning</source>
        <translation>{n:,} 个有警告</translation>
    </message>
    <message>
        <source>{n:,} with an address error</source>
        <translation>{n:,} 个地址有错误</translation>
    </message>
    <message>
        <source>{n:,} with an address error left out (fix it first)</source>
        <translation>{n:,} 个地址有错误，未纳入（请先修正）</translation>
    </message>
    <message>
        <source>{n:,} with nothing to ship left out</source>
        <translation>{n:,} 个无需发货的未包括</translation>
    </message>
    <message>
        <source>{n:,} without a warehouse</source>
        <translation>{n:,} 个没有仓库</translation>
    </message>
    <message>
        <source>{n:,} without an address left out</source>
        <translation>{n:,} 个没有地址的未包括</translation>
    </message>
    <message>
        <source>{n:,} without tracking included</source>
        <translation>包括 {n:,} 个没有运单号的</translation>
    </message>
    <message>
        <source>{n:,} without tracking left out (--include-untracked to keep them)</source>
        <translation>{n:,} 个没有运单号的未包括（用 --include-untracked 保留）</translation>
    </message>
    <message>
        <source>{name!r} could mean {count} add-ons; write it as &apos;[Addon: ID] title&apos;</source>
        <translation>{name!r} 可能指 {count} 个加购项；请写成 &apos;[Addon: ID] title&apos;</translation>
    </message>
    <message>
        <source>{name!r} is the name of a built-in format; choose another name.</source>
        <translation>{name!r} 是内置格式的名称；请换一个名称。</translation>
    </message>
    <message>
        <source>{name} belongs to another campaign.</source>
        <translation>{name} 属于另一个项目。</translation>
    </message>
    <message>
        <source>{name} cannot be negative ({value})</source>
        <translation>{name}不能为负数（{value}）</translation>
    </message>
    <message>
        <source>{name} must be a whole number, not {value!r}</source>
        <translation>{name}必须是整数，而不是 {value!r}</translation>
    </message>
    <message>
        <source>{n} parcel(s) this import recorded as shipped outside Fulfiller changed since; it cannot be undone as a whole.</source>
        <translation>此次导入记为“已在 Fulfiller 之外寄出”的 {n} 个包裹此后有过更改；无法整体撤销。</translation>
    </message>
    <message>
        <source>{orders:,} unpacked order(s) changed ({parcels:,} parcel(s) rewritten)</source>
        <translation>{orders:,} 个未打包订单已更改（重写了 {parcels:,} 个包裹）</translation>
    </message>
    <message>
        <source>{other} is another order: finish or cancel {code} first.</source>
        <translation>{other} 是另一个订单：请先完成或取消 {code}。</translation>
    </message>
    <message>
        <source>{paper} is for {takers} only; print {document} on {papers}.</source>
        <translation>{paper} 只用于{takers}；请将{document}打印在 {papers} 上。</translation>
    </message>
    <message>
        <source>{path} already holds {count} campaign(s); the demo is written only into a new or empty database (choose another --db, or add --open to open this one).</source>
        <translation>{path} 中已有 {count} 个项目；演示只会写入新的或空的数据库（请选择其他 --db，或加上 --open 打开此数据库）。</translation>
    </message>
    <message>
        <source>{path}: a SQLite database of another program, not of Fulfiller</source>
        <translation>{path}：这是其他程序的 SQLite 数据库，不是 Fulfiller 的</translation>
    </message>
    <message>
        <source>{path}: cannot be opened ({reason}); nothing was changed</source>
        <translation>{path}：无法打开（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <source>{path}: could not be upgraded ({reason}); a copy is in {backup}</source>
        <translation>{path}：无法升级（{reason}）；副本在 {backup}</translation>
    </message>
    <message>
        <source>{path}: is a folder, not a database file</source>
        <translation>{path}：这是文件夹，不是数据库文件</translation>
    </message>
    <message>
        <source>{path}: made by a newer version of Fulfiller (schema {schema}); update the program to open it</source>
        <translation>{path}：由更新版本的 Fulfiller 创建（架构 {schema}）；请更新程序后再打开</translation>
    </message>
    <message>
        <source>{path}: no such database file</source>
        <translation>{path}：没有这个数据库文件</translation>
    </message>
    <message>
        <source>{path}: not a column mapping ({reason})</source>
        <translation>{path}：不是列映射（{reason}）</translation>
    </message>
    <message>
        <source>{path}: not a database file (it is not SQLite); nothing was changed</source>
        <translation>{path}：不是数据库文件（不是 SQLite）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: the database is damaged ({reason}); nothing was changed</source>
        <translation>{path}：数据库已损坏（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <source>{path}: the file is empty, not a Fulfiller database</source>
        <translation>{path}：文件为空，不是 Fulfiller 数据库</translation>
    </message>
    <message>
        <source>{path}: the folder {folder} does not exist</source>
        <translation>{path}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
        <source>{path}: the output is a PDF; name it ….pdf</source>
        <translation>{path}：输出文件是 PDF；请命名为 ….pdf</translation>
    </message>
    <message>
        <source>{path}: this is a folder, not a file name</source>
        <translation>{path}：这是文件夹，不是文件名</translation>
    </message>
    <message>
        <source>{path}: {what} could not be written ({reason})</source>
        <translation>{path}：无法写入{what}（{reason}）</translation>
    </message>
    <message>
        <source>{sku} ({name}) is not kept in stock, so it has no stock to change.</source>
        <translation>{sku}（{name}）不是库存物品，因此没有可更改的库存。</translation>
    </message>
    <message>
        <source>{sku} at {warehouse}</source>
        <translation>{warehouse} 的 {sku}</translation>
    </message>
    <message>
        <source>{sku} is already in this kit on row {row}</source>
        <translation>{sku} 已在此套件的第 {row} 行</translation>
    </message>
    <message>
        <source>{sku} is named twice: give it once, with its units.</source>
        <translation>{sku} 出现了两次：请只写一次，并注明件数。</translation>
    </message>
    <message>
        <source>{sku} is not in the kit of {kit}.</source>
        <translation>{sku} 不在 {kit} 的套件中。</translation>
    </message>
    <message>
        <source>{sku} is not part of order {order}; its parts are: {parts}.</source>
        <translation>{sku} 不属于订单 {order}；该订单的部件为：{parts}。</translation>
    </message>
    <message>
        <source>{sku} is still in {count} {what}; remove it there first.</source>
        <translation>{sku} 仍在 {count} 个{what}中；请先从那里移除。</translation>
    </message>
    <message>
        <source>{sku}: expected {expected}, counted {counted}, damaged {damaged}.</source>
        <translation>{sku}：应到 {expected}，实点 {counted}，损坏 {damaged}。</translation>
    </message>
    <message>
        <source>{text!r} differs from {earlier!r} given for SKU {sku} on row {row}</source>
        <translation>{text!r} 与第 {row} 行为 SKU {sku} 填写的 {earlier!r} 不同</translation>
    </message>
    <message>
        <source>{text!r} has more than 4 decimals</source>
        <translation>{text!r} 的小数超过 4 位</translation>
    </message>
    <message>
        <source>{text!r} is neither yes nor no</source>
        <translation>{text!r} 既不是 yes 也不是 no</translation>
    </message>
    <message>
        <source>{text!r} is not a country (write its ISO code, such as CN)</source>
        <translation>{text!r} 不是国家/地区（请写 ISO 代码，例如 CN）</translation>
    </message>
    <message>
        <source>{text!r} is not a country I know ({what}).</source>
        <translation>无法识别国家/地区 {text!r}（{what}）。</translation>
    </message>
    <message>
        <source>{text!r} is not a known currency code such as USD, EUR or CNY</source>
        <translation>{text!r} 不是已知的货币代码，例如 USD、EUR 或 CNY</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number (0 or more)</source>
        <translation>{text!r} 不是整数（0 或以上）</translation>
    </message>
    <message>
        <source>{text!r} is not a whole number above 0</source>
        <translation>{text!r} 不是大于 0 的整数</translation>
    </message>
    <message>
        <source>{text!r} is not a {what} from 0 to {highest}</source>
        <translation>{text!r} 不是 0 到 {highest} 之间的{what}</translation>
    </message>
    <message>
        <source>{text!r} is not an HS code of 6 to 10 digits</source>
        <translation>{text!r} 不是 6 到 10 位数字的 HS 编码</translation>
    </message>
    <message>
        <source>{text!r} is not an HS code of 6 to 10 digits (did a spreadsheet drop a leading zero?)</source>
        <translation>{text!r} 不是 6 到 10 位数字的 HS 编码（是否被表格软件去掉了开头的 0？）</translation>
    </message>
    <message>
        <source>{text!r} is not an amount such as 28.50 (a number, 0 or more, no currency sign)</source>
        <translation>{text!r} 不是像 28.50 这样的金额（0 或以上的数字，不带货币符号）</translation>
    </message>
    <message>
        <source>{value!r} does not say whether the reward was sent: Fulfiller reads Sent, Yes or True as sent and an empty cell, No or False as not sent. Correct the cell and import the file again.</source>
        <translation>{value!r} 无法说明回报是否已寄出：Fulfiller 把 Sent、Yes 或 True 视为已寄出，把空单元格、No 或 False 视为未寄出。请更正该单元格后重新导入文件。</translation>
    </message>
    <message>
        <source>{value!r} is not an amount of 0 or more (Decimal, never float)</source>
        <translation>{value!r} 不是 0 或以上的金额（Decimal，不能是 float）</translation>
    </message>
    <message>
        <source>{value!r} is not an amount of money, and this report names each backer&apos;s reward only by its minimum. Correct the cell (like $35.00 USD) and import the file again.</source>
        <translation>{value!r} 不是金额，而此报告只用最低金额来标明每位支持者的回报。请更正该单元格（如 $35.00 USD）后重新导入文件。</translation>
    </message>
    <message>
        <source>{what} was cancelled; nothing was saved.</source>
        <translation>{what}已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>“{entry}” is not SKU:QTY with a whole number of units above 0, e.g. {example}.</source>
        <translation>“{entry}”不是“SKU:数量”格式（数量须为大于 0 的整数），例如 {example}。</translation>
    </message>
    <message>
        <source>“{raw}” is a tracking number a spreadsheet turned into a number (scientific notation): its last digits are lost. Take the number from the carrier&apos;s original file or label, and format the column as text before opening it in Excel.</source>
        <translation>“{raw}”是被表格软件转换成数字（科学计数法）的运单号：末尾几位已经丢失。请从承运商的原始文件或面单上获取运单号，并在用 Excel 打开前把该列设为文本格式。</translation>
    </message>
    <message>
        <source>“{raw}” is not a tracking number: only letters and digits are allowed.</source>
        <translation>“{raw}”不是运单号：只允许字母和数字。</translation>
    </message>
    <message>
        <source>“{raw}” is too long for a tracking number (at most {most} characters).</source>
        <translation>“{raw}”作为运单号太长（最多 {most} 个字符）。</translation>
    </message>
    <message>
        <source>“{raw}” is too short for a tracking number (at least {least} characters).</source>
        <translation>“{raw}”作为运单号太短（至少 {least} 个字符）。</translation>
    </message>
    <message>
        <source>“{raw}” looks like a number a spreadsheet reformatted (it ends in a decimal point). Take the number from the carrier&apos;s original file or label.</source>
        <translation>“{raw}”看起来是被表格软件改过格式的数字（以小数点结尾）。请从承运商的原始文件或面单上获取运单号。</translation>
    </message>
    <message>
        <source>“{reason}” is not a replacement reason; choose one of: {choices}.</source>
        <translation>“{reason}”不是补发原因；请选择以下之一：{choices}。</translation>
    </message>
    <message>
        <source>“{status}” is not a claim status; choose one of: {choices}.</source>
        <translation>“{status}”不是索赔状态；请选择以下之一：{choices}。</translation>
    </message>
    <message>
        <source>“{text}” is neither an order barcode (FUL-…) nor a backer number of this campaign.</source>
        <translation>“{text}”既不是订单条码（FUL-…），也不是此项目的支持者编号。</translation>
    </message>
    <message>
        <source>“{value}” is not a currency code (three letters, like USD or EUR).</source>
        <translation>“{value}”不是货币代码（三个字母，例如 USD 或 EUR）。</translation>
    </message>
    <message>
        <source>“{value}” is not an amount.</source>
        <translation>“{value}”不是金额。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>(none: all warehouses)</source>
        <translation>（无：所有仓库）</translation>
    </message>
    <message>
        <source>beside each database (the default)</source>
        <translation>放在每个数据库旁边（默认）</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>操作员(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>纸张(&amp;P)：</translation>
    </message>
    <message>
        <source>La&amp;bels:</source>
        <translation>标签(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>备份文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
</context>
<context>
    <name>ShelfHistory</name>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Movement</source>
        <translation>变动</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>On hand after</source>
        <translation>变动后现有</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>From / for</source>
        <translation>来源 / 去向</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>delivery {reference}</source>
        <translation>到货 {reference}</translation>
    </message>
    <message>
        <source>parcel of {order}</source>
        <translation>{order} 的包裹</translation>
    </message>
    <message>
        <source>The newest {n} movements.</source>
        <translation>最近 {n} 条变动。</translation>
    </message>
    <message>
        <source>History of {shelf}</source>
        <translation>{shelf} 的记录</translation>
    </message>
</context>
<context>
    <name>ShipmentsView</name>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>&amp;Export for a label tool or partner…</source>
        <translation>导出给标签工具或合作方(&amp;E)…</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Carrier:</source>
        <translation>承运商：</translation>
    </message>
    <message>
        <source>Warehouse:</source>
        <translation>仓库：</translation>
    </message>
    <message>
        <source>Wave:</source>
        <translation>批次：</translation>
    </message>
    <message>
        <source>New &amp;wave…</source>
        <translation>新建批次(&amp;W)…</translation>
    </message>
    <message>
        <source>Parcel &amp;details…</source>
        <translation>包裹详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Change &amp;status of selected…</source>
        <translation>更改所选状态(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import tracking…</source>
        <translation>导入运单号(&amp;I)…</translation>
    </message>
    <message>
        <source>Export &amp;tracking for the platform…</source>
        <translation>导出运单号给众筹平台(&amp;T)…</translation>
    </message>
    <message>
        <source>Export &amp;history…</source>
        <translation>导出记录(&amp;H)…</translation>
    </message>
    <message>
        <source>All parcels</source>
        <translation>所有包裹</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>全部承运商</translation>
    </message>
    <message>
        <source>Loading the parcels…</source>
        <translation>正在读取包裹…</translation>
    </message>
    <message>
        <source>{n} parcels shown.</source>
        <translation>显示 {n} 个包裹。</translation>
    </message>
    <message>
        <source>Select a parcel first.</source>
        <translation>请先选择一个包裹。</translation>
    </message>
    <message>
        <source>An order sent once is left out of the next export unless it is asked for again.</source>
        <translation>已发送过的订单不会出现在下次导出中，除非再次要求。</translation>
    </message>
    <message>
        <source>No orders have been exported for a label tool or partner yet.</source>
        <translation>尚未为面单工具或合作方导出任何订单。</translation>
    </message>
    <message>
        <source>Orders sent to partners</source>
        <translation>发给合作方的订单</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作员</translation>
    </message>
    <message>
        <source>Select the parcels first.</source>
        <translation>请先选择包裹。</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>新状态：</translation>
    </message>
    <message>
        <source>Change {n} parcels to “{status}”?</source>
        <translation>将 {n} 个包裹改为“{status}”？</translation>
    </message>
    <message>
        <source>{n} parcels changed.</source>
        <translation>已更改 {n} 个包裹。</translation>
    </message>
    <message>
        <source>{n} refused: {reasons}</source>
        <translation>{n} 个被拒绝：{reasons}</translation>
    </message>
    <message>
        <source>Export parcels</source>
        <translation>导出包裹</translation>
    </message>
    <message>
        <source>Exporting orders</source>
        <translation>正在导出订单</translation>
    </message>
    <message>
        <source>Import tracking</source>
        <translation>导入运单号</translation>
    </message>
    <message>
        <source>A label tool&apos;s shipments file (columns found by their names)</source>
        <translation>标签工具的发货文件（按列名识别）</translation>
    </message>
    <message>
        <source>A partner&apos;s sheet, columns to map…</source>
        <translation>合作方的表格，需要映射列…</translation>
    </message>
    <message>
        <source>Whose file:</source>
        <translation>谁的文件：</translation>
    </message>
    <message>
        <source>Importing tracking</source>
        <translation>正在导入运单号</translation>
    </message>
    <message>
        <source>Export tracking</source>
        <translation>导出运单号</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>The platform&apos;s own file to fill in</source>
        <translation>要填写的平台原始文件</translation>
    </message>
    <message>
        <source>Exporting tracking</source>
        <translation>正在导出运单号</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>What</source>
        <translation>作用</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Rejected rows:</source>
        <translation>被拒绝的行：</translation>
    </message>
    <message>
        <source>Import {batch} of {file}: {rows} rows.</source>
        <translation>第 {batch} 次导入，文件 {file}：{rows} 行。</translation>
    </message>
    <message>
        <source>Added {added}, updated {updated}, unchanged {unchanged}, conflicts {conflicts}, rejected {rejected}.</source>
        <translation>新增 {added}，更新 {updated}，未变 {unchanged}，冲突 {conflicts}，拒绝 {rejected}。</translation>
    </message>
    <message>
        <source>Orders with errors: {errors}; with warnings: {warnings}; possible duplicates: {duplicates}.</source>
        <translation>有错误的订单：{errors}；有警告：{warnings}；可能重复：{duplicates}。</translation>
    </message>
    <message>
        <source>{n} orders imported before are not in this file; they were left as they are.</source>
        <translation>之前导入的 {n} 个订单不在此文件中，已保持不变。</translation>
    </message>
    <message>
        <source>{grouped} orders look like another in {groups} groups, the largest of {largest}; {left} of them are in groups too large to suggest one by one.</source>
        <translation>{grouped} 个订单与其他订单相似，共 {groups} 组，最大的一组有 {largest} 个；其中 {left} 个所在的组太大，无法逐一提出合并建议。</translation>
    </message>
    <message>
        <source>{n} orders the file says were sent are recorded as shipped outside Fulfiller (no tracking number, no stock taken).</source>
        <translation>文件中标为已寄出的 {n} 个订单已记为在 Fulfiller 之外寄出（无运单号，不扣库存）。</translation>
    </message>
    <message>
        <source>{n} orders the file says were sent have a parcel here still to pack; they were left as they are.</source>
        <translation>文件中标为已寄出的 {n} 个订单在这里还有待打包的包裹；已保持不变。</translation>
    </message>
    <message>
        <source>{n} orders shipped outside Fulfiller are no longer marked sent in the file; they stay shipped.</source>
        <translation>在 Fulfiller 之外寄出的 {n} 个订单在文件中不再标为已寄出；它们仍记为已寄出。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TrackingColumnsDialog</name>
    <message>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <source>Backer number</source>
        <translation>支持者编号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Columns of the tracking sheet</source>
        <translation>物流单号表的列</translation>
    </message>
    <message>
        <source>whose sheet: its columns are kept for the next one</source>
        <translation>谁的表格：其列映射会保留给下一份</translation>
    </message>
    <message>
        <source>Say which column holds what; a tracking number and one way to find the order are needed.</source>
        <translation>请说明每一列的内容；需要物流单号以及一种找到订单的方式。</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>合作方(&amp;P)：</translation>
    </message>
    <message>
        <source>(not in the sheet)</source>
        <translation>（表格中没有）</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <source>New warehouse</source>
        <translation>新建仓库</translation>
    </message>
    <message>
        <source>Edit warehouse</source>
        <translation>编辑仓库</translation>
    </message>
    <message>
        <source>short, without spaces: US, EU, UK-2</source>
        <translation>简短，不含空格：US、EU、UK-2</translation>
    </message>
    <message>
        <source>the partner&apos;s or the place&apos;s name</source>
        <translation>合作方或地点的名称</translation>
    </message>
    <message>
        <source>where it stands: an ISO code such as DE, or a name</source>
        <translation>所在地：ISO 代码（如 DE）或名称</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家/地区(&amp;O)：</translation>
    </message>
</context>
<context>
    <name>WaveDialog</name>
    <message>
        <source>New wave</source>
        <translation>新建批次</translation>
    </message>
    <message>
        <source>e.g. Europe, first wave</source>
        <translation>例如：欧洲第一批</translation>
    </message>
    <message>
        <source>All rewards</source>
        <translation>所有回报</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>所有仓库</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Leave out orders with warnings too</source>
        <translation>有警告的订单也不纳入</translation>
    </message>
    <message>
        <source>&amp;Everything ready</source>
        <translation>所有可发货的(&amp;E)</translation>
    </message>
    <message>
        <source>Every order that can ship now, whatever its reward, warehouse or country</source>
        <translation>现在可以发货的所有订单，不论回报、仓库或国家</translation>
    </message>
    <message>
        <source>&amp;Make the parcels</source>
        <translation>生成包裹(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Planned &amp;ship date:</source>
        <translation>计划发货日期(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Reward:</source>
        <translation>回报(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Warehouse:</source>
        <translation>仓库(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>国家(&amp;O)：</translation>
    </message>
    <message>
        <source>{n} order(s) get a parcel.</source>
        <translation>{n} 个订单将生成包裹。</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Fulfiller</source>
        <translation>欢迎使用 Fulfiller</translation>
    </message>
    <message>
        <source>Carry one crowdfunding campaign from the platform&apos;s export to the last parcel. Start here, or drop a backer export or a database file onto this window.</source>
        <translation>从平台导出的数据到最后一个包裹，完整处理一个众筹活动。从这里开始，或把支持者导出文件或数据库文件拖到此窗口。</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>新建活动(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Import a backer export…</source>
        <translation>导入支持者导出文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Try the &amp;demo campaign</source>
        <translation>试用演示活动(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>打开数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Opened lately (Enter or double-click to open):</source>
        <translation>最近打开（按回车或双击打开）：</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Print {file}</source>
        <translation>打印 {file}</translation>
    </message>
</context>
</TS>
