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
        <source>Backers</source>
        <translation>支持者</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Reward tiers</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <source>Orders with errors</source>
        <translation>有错误的订单</translation>
    </message>
    <message>
        <source>Reward tier</source>
        <translation>回报档位</translation>
    </message>
    <message>
        <source>Shipment status</source>
        <translation>发货状态</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <source>Orders by reward</source>
        <translation>按回报统计订单</translation>
    </message>
    <message>
        <source>Shipments by status</source>
        <translation>按状态统计发货</translation>
    </message>
    <message>
        <source>Orders by country</source>
        <translation>按国家/地区统计订单</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
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
        <translation>操作员</translation>
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
        <source>&amp;Undo this import…</source>
        <translation>撤销此次导入(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Rejected rows…</source>
        <translation>被拒绝的行(&amp;R)…</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>已撤销</translation>
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
        <source>Orders</source>
        <translation>订单</translation>
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
        <source>{name}: {orders} orders ({per}); {share}% international.</source>
        <translation>{name}：{orders} 个订单（{per}）；{share}% 为国际包裹。</translation>
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
        <source>Tier</source>
        <translation>档位</translation>
    </message>
    <message>
        <source>Add-on</source>
        <translation>加购</translation>
    </message>
    <message>
        <source>{kind}: {title} — {orders} orders</source>
        <translation>{kind}：{title} — {orders} 个订单</translation>
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
        <source>Loaded {lines} kit lines for {kits} kits from {file}. </source>
        <translation>已从 {file} 载入 {kits} 个套件的 {lines} 行。</translation>
    </message>
    <message>
        <source>{changed} orders not yet packed now follow the new kit; {packed} packed orders keep what they were packed with.</source>
        <translation>{changed} 个尚未打包的订单已按新套件更新；{packed} 个已打包的订单保持原样。</translation>
    </message>
    <message>
        <source>{n} orders split into several parcels need their lines checked.</source>
        <translation>{n} 个拆分为多个包裹的订单需要核对明细。</translation>
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
        <source>&amp;About Fulfiller</source>
        <translation>关于 Fulfiller(&amp;A)</translation>
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
        <source>Open a campaign database, start a new one, or try the demo campaign.</source>
        <translation>打开一个项目数据库、新建数据库，或试用演示项目。</translation>
    </message>
    <message>
        <source>Open database…</source>
        <translation>打开数据库…</translation>
    </message>
    <message>
        <source>New database…</source>
        <translation>新建数据库…</translation>
    </message>
    <message>
        <source>Try the demo campaign</source>
        <translation>试用演示项目</translation>
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
        <source>About Fulfiller</source>
        <translation>关于 Fulfiller</translation>
    </message>
    <message>
        <source>Fulfiller {version}
Deliver the rewards of a crowdfunding campaign, offline.</source>
        <translation>Fulfiller {version}
离线交付众筹回报。</translation>
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
        <source>photos received, carrier&apos;s note, what is missing…</source>
        <translation>收到的照片、承运商说明、缺少的物品……</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
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
        <source>The whole kit is sent again.</source>
        <translation>整套重新寄出。</translation>
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
        <source>Mark as &amp;shipped (not only packed)</source>
        <translation>标记为已发货(&amp;S)（而不只是已打包）</translation>
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
        <source>&amp;Scan:</source>
        <translation>扫描(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Tracking:</source>
        <translation>运单号(&amp;T)：</translation>
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
    <message>
        <source>Delivery {reference} at {warehouse}: {added} units put on the shelves.</source>
        <translation>到货 {reference}（{warehouse}）：{added} 件已上架。</translation>
    </message>
    <message>
        <source>{sku}: expected {expected}, counted {counted}, damaged {damaged}.</source>
        <translation>{sku}：应到 {expected}，实点 {counted}，损坏 {damaged}。</translation>
    </message>
</context>
<context>
    <name>ReplacementsView</name>
    <message>
        <source>Open requests</source>
        <translation>未结申请</translation>
    </message>
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
    <name>ServiceMessages</name>
    <message>
        <source>  conflict  row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  duplicate row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  unmatched row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALREADY PACKED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items are in the box: scan the tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backer number {number} exists in several campaigns: scan the packing-list barcode instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo campaign</source>
        <translation type="unfinished">正在创建演示项目</translation>
    </message>
    <message>
        <source>No parcel of order {code} is lost or damaged: mark it so, or log a lost/damaged request first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pack: this reward has no kit yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order {code} has no parcel #{sequence}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed on {when} by {operator}; it is now {status} ({carrier} {tracking}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed on {when} by {operator}; it is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed; it is now {status} ({carrier} {tracking}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcel #{parcel} was packed; it is now {status}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SURPLUS: the order needs {quantity} × {item} and all are in the box already. Take the extra one out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan an order&apos;s packing-list barcode or type its backer number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the tracking number before the parcel ships.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has unresolved errors; fix them before packing: {errors}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box for {code} is not complete. Missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The box for {code} is not complete: the checklist is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no warehouse: assign one before packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parcel of {code} changed since it was opened: scan the order again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pledge is {status}, not collected: it does not ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no campaign {id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no claim {id} in this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no order {code} in this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This box is parcel #{parcel}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was merged into another one (backer {number}, {code}): its items ship in that box. Do not pack it separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order was merged into another one ({code}): its items ship in that box. Do not pack it separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This parcel is on hold: release it (mark it ready) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown barcode “{code}”: no item has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRONG ITEM: {item} ({code}) is not part of this order. Take it out of the box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {orders:,} order(s) ({rows:,} row(s)) for {partner} to {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote {rows:,} row(s) to {file}: {tracked:,} with tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} tracking number {number}, but the box is not complete. Missing: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{carrier} tracking number {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changed:,} request(s) decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{changed:,} request(s) decided; {refused:,} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} cannot be packed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} is the order being packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows:,} row(s): {matched:,} matched and applied, {unchanged:,} already there, {unmatched:,} unmatched, {duplicates:,} duplicate(s), {conflicts:,} conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {rows:,} row(s): {matched:,} matched, {unchanged:,} already there, {unmatched:,} unmatched, {duplicates:,} duplicate(s), {conflicts:,} conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {packed} of {quantity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} already sent to a partner left out (--include-already-sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} template row(s) match no order here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} with nothing to ship left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} without an address left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} without tracking included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n:,} without tracking left out (--include-untracked to keep them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{other} is another order: finish or cancel {code} first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} was cancelled; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is neither an order barcode (FUL-…) nor a backer number of this campaign.</source>
        <translation type="unfinished"></translation>
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
        <source>All warehouses</source>
        <translation>全部仓库</translation>
    </message>
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
        <translation>国家/地区</translation>
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
        <source>Carrier</source>
        <translation>承运商</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>运单号</translation>
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
        <source>Parcel &amp;details…</source>
        <translation>包裹详情(&amp;D)…</translation>
    </message>
    <message>
        <source>Change &amp;status of selected…</source>
        <translation>更改所选状态(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export orders for a label tool…</source>
        <translation>导出订单到面单工具(&amp;E)…</translation>
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
        <source>All carriers</source>
        <translation>全部承运商</translation>
    </message>
    <message>
        <source>#{n} (reship)</source>
        <translation>#{n}（补发）</translation>
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
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
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
    <name>parent</name>
    <message>
        <source>Print {file}</source>
        <translation>打印 {file}</translation>
    </message>
</context>
</TS>
