<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AhpWeights</name>
    <message>
        <source>AHP needs 1 to 10 items, not %1</source>
        <translation>层次分析法（AHP）需要 1 至 10 个比较项，当前为 %1 个</translation>
    </message>
    <message>
        <source>the comparison matrix has %1 rows for %2 items</source>
        <translation>判断矩阵有 %1 行，但比较项为 %2 个</translation>
    </message>
    <message>
        <source>row %1 (%2) of the comparison matrix has %3 values, not %4</source>
        <translation>判断矩阵第 %1 行（%2）有 %3 个值，应为 %4 个</translation>
    </message>
    <message>
        <source>comparison %1 : %2 must be positive</source>
        <translation>两两比较 %1 : %2 的值必须为正数</translation>
    </message>
    <message>
        <source>comparisons %1 : %2 (%3) and %2 : %1 (%4) are not reciprocal</source>
        <translation>两两比较 %1 : %2（%3）与 %2 : %1（%4）不互为倒数</translation>
    </message>
    <message>
        <source>the pairwise comparisons are inconsistent: CR = %1 &gt; %2; revise the judgements</source>
        <translation>两两比较判断不一致：一致性比率 CR = %1 &gt; %2；请修正判断矩阵</translation>
    </message>
</context>
<context>
    <name>AssessmentWorkbook</name>
    <message>
        <source>Risk list</source>
        <translation>风险清单</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Region kind</source>
        <translation>区域类型</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区域编码</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>区域名称</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单位数</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>综合指数</translation>
    </message>
    <message>
        <source>%1: level</source>
        <translation>%1风险等级</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域风险</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>行业类别</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>行业代码</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行业统计</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1合计</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Risk list of %1</source>
        <translation>%1风险清单</translation>
    </message>
    <message>
        <source>Risk assessment of %1</source>
        <translation>%1安全风险评估</translation>
    </message>
</context>
<context>
    <name>AuditDescription</name>
    <message>
        <source>Project created</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>Project format updated</source>
        <translation>项目格式升级</translation>
    </message>
    <message>
        <source>CRS set</source>
        <translation>设定坐标系</translation>
    </message>
    <message>
        <source>Units imported</source>
        <translation>导入风险单元</translation>
    </message>
    <message>
        <source>Regions imported</source>
        <translation>导入区域</translation>
    </message>
    <message>
        <source>Grid made</source>
        <translation>生成网格</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Level changed</source>
        <translation>等级变化</translation>
    </message>
    <message>
        <source>Method set replaced</source>
        <translation>更换评估方法</translation>
    </message>
    <message>
        <source>Taxonomy replaced</source>
        <translation>更换行业分类</translation>
    </message>
    <message>
        <source>Unit edited</source>
        <translation>编辑风险单元</translation>
    </message>
    <message>
        <source>Level overridden</source>
        <translation>手动设定等级</translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation>清除手动等级</translation>
    </message>
    <message>
        <source>Unit moved</source>
        <translation>移动风险单元</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>新增单元</translation>
    </message>
    <message>
        <source>Unit deleted</source>
        <translation>删除单元</translation>
    </message>
    <message>
        <source>Addition undone</source>
        <translation>撤销新增</translation>
    </message>
    <message>
        <source>Unit restored</source>
        <translation>恢复单元</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Review session started</source>
        <translation>评审会开始</translation>
    </message>
    <message>
        <source>Review session ended</source>
        <translation>评审会结束</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Manual level</source>
        <translation>手动等级</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Reason for the manual level</source>
        <translation>手动等级理由</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>BandTable</name>
    <message>
        <source>the band table has no bands</source>
        <translation>分级表中没有任何分级</translation>
    </message>
    <message>
        <source>band %1 has no risk level</source>
        <translation>分级 %1 未指定风险等级</translation>
    </message>
    <message>
        <source>the lowest band (%1) must not have a lower bound, or scores below it would have no level</source>
        <translation>最低分级（%1）不得设置下限，否则低于该下限的分值将无法确定风险等级</translation>
    </message>
    <message>
        <source>band %1 (%2) has no lower bound</source>
        <translation>分级 %1（%2）未设置下限</translation>
    </message>
    <message>
        <source>band %1 (%2) is not less severe than the band above it (%3)</source>
        <translation>分级 %1（%2）的风险等级不低于其上一分级（%3）</translation>
    </message>
    <message>
        <source>bands %1 and %2 overlap: lower bound %3 is not below %4</source>
        <translation>分级 %1 与分级 %2 重叠：下限 %3 不小于 %4</translation>
    </message>
    <message>
        <source>unknown boundary rule "%1" (expected lower-inclusive or upper-inclusive)</source>
        <translation>未知的边界规则“%1”（应为 lower-inclusive 或 upper-inclusive）</translation>
    </message>
    <message>
        <source>unknown risk level "%1" in a band</source>
        <translation>分级中存在未知的风险等级“%1”</translation>
    </message>
    <message>
        <source>the most severe band (%1) must be open-ended: scores above %2 would have no level</source>
        <translation>最高分级（%1）不得设置上限，否则高于 %2 的分值将无法确定风险等级</translation>
    </message>
    <message>
        <source>gap between bands %1 and %2: scores from %3 to %4 have no level</source>
        <translation>分级 %1 与分级 %2 之间存在间断：%3 至 %4 的分值无法确定风险等级</translation>
    </message>
    <message>
        <source>bands %1 and %2 overlap: scores from %3 to %4 are in both</source>
        <translation>分级 %1 与分级 %2 重叠：%3 至 %4 的分值同时属于两个分级</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <source>%1 serves tiles in %2 coordinates, which sit about 500 m off CGCS2000; use a CGCS2000 or WGS 84 source such as Tianditu</source>
        <translation>%1 提供的瓦片使用 %2 坐标，与 CGCS2000 偏差约 500 米；请使用天地图等 CGCS2000 或 WGS 84 底图</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒内无响应</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>响应为空</translation>
    </message>
    <message>
        <source>not a WMTS capabilities document</source>
        <translation>不是 WMTS 能力文档</translation>
    </message>
    <message>
        <source>the WMTS service lists no layer</source>
        <translation>WMTS 服务未列出任何图层</translation>
    </message>
    <message>
        <source>the WMTS layer has no tile matrix set in an EPSG CRS</source>
        <translation>WMTS 图层没有 EPSG 坐标系下的瓦片矩阵集</translation>
    </message>
</context>
<context>
    <name>ChangeMap</name>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1: the project has no regions of kind %2</source>
        <translation>%1：项目中没有 %2 类区域</translation>
    </message>
    <message>
        <source>Regions whose level changed</source>
        <translation>等级变化的区域</translation>
    </message>
    <message>
        <source>Regions raised (%1)</source>
        <translation>升级区域（%1）</translation>
    </message>
    <message>
        <source>Regions lowered (%1)</source>
        <translation>降级区域（%1）</translation>
    </message>
    <message>
        <source>Risk units by change</source>
        <translation>风险单元等级变化</translation>
    </message>
    <message>
        <source>Units raised (%1)</source>
        <translation>升级单元（%1）</translation>
    </message>
    <message>
        <source>Units lowered (%1)</source>
        <translation>降级单元（%1）</translation>
    </message>
    <message>
        <source>New units (%1)</source>
        <translation>新增单元（%1）</translation>
    </message>
    <message>
        <source>Removed units (%1)</source>
        <translation>移除单元（%1）</translation>
    </message>
    <message>
        <source>Unchanged units (%1)</source>
        <translation>等级未变单元（%1）</translation>
    </message>
    <message>
        <source>Risk level changes</source>
        <translation>风险等级变化图</translation>
    </message>
    <message>
        <source>%1 (assessed %2)</source>
        <translation>%1（%2 评估）</translation>
    </message>
    <message>
        <source>Compared: %1 → %2</source>
        <translation>对比：%1 → %2</translation>
    </message>
    <message>
        <source>Units matched by unit id, regions by code; hatched: the regions whose level changed</source>
        <translation>风险单元按编号、区域按代码对应；斜线填充为等级变化的区域</translation>
    </message>
    <message>
        <source>Level change</source>
        <translation>等级变化</translation>
    </message>
</context>
<context>
    <name>CompositeIndex</name>
    <message>
        <source>group_by must be category or sector, not "%1"</source>
        <translation>group_by 应为 category 或 sector，当前为“%1”</translation>
    </message>
    <message>
        <source>give either weights or ahp comparisons</source>
        <translation>须给出 weights 权重或 ahp 两两比较之一</translation>
    </message>
    <message>
        <source>the weight of %1 must be zero or positive</source>
        <translation>%1 的权重必须为零或正数</translation>
    </message>
    <message>
        <source>the weights add up to zero</source>
        <translation>权重之和为零</translation>
    </message>
</context>
<context>
    <name>ControlCorrection</name>
    <message>
        <source>a control-level shift must be between -3 and 3 levels, not %1</source>
        <translation>管控水平修正的调整级数应为 -3 至 3 级，当前为 %1</translation>
    </message>
    <message>
        <source>a control-level coefficient must be positive, not %1</source>
        <translation>管控水平修正系数必须为正数，当前为 %1</translation>
    </message>
    <message>
        <source>unknown control correction type "%1" (expected level-shift or coefficient)</source>
        <translation>未知的管控水平修正类型“%1”（应为 level-shift 或 coefficient）</translation>
    </message>
</context>
<context>
    <name>CrsSuggestion</name>
    <message>
        <source>%1: the file states no coordinate reference system</source>
        <translation>%1：文件未声明坐标参考系</translation>
    </message>
    <message>
        <source>%1: no geometry and no longitude/latitude (经度/纬度) positions</source>
        <translation>%1：没有几何，也没有可读的经度/纬度位置</translation>
    </message>
</context>
<context>
    <name>CsvTextCheck</name>
    <message>
        <source>column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message>
        <source>a NUL byte: binary data, or UTF-16 text without a byte-order mark</source>
        <translation>含 NUL 字节：二进制数据，或不带字节顺序标记（BOM）的 UTF-16 文本</translation>
    </message>
    <message>
        <source>this quote is never closed</source>
        <translation>此引号没有闭合</translation>
    </message>
</context>
<context>
    <name>EmbeddedProject</name>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Risk units</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>%1: cannot store the QGIS project in it: %2</source>
        <translation>%1：无法在其中保存 QGIS 工程：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1: the QGIS project inside it lacks a map layout: %2</source>
        <translation>%1：其中的 QGIS 工程缺少地图布局：%2</translation>
    </message>
    <message>
        <source>Hidden dangers</source>
        <translation>事故隐患</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Cell L = %1, S = %2: %3</source>
        <translation>单元格 L = %1，S = %2：%3</translation>
    </message>
    <message>
        <source>share %1</source>
        <translation>占比 %1</translation>
    </message>
    <message>
        <source>Bands, lower bound inclusive: a value equal to a bound belongs to the band above it.</source>
        <translation>分级区间含下限：等于分界值的数值归入较高的一级。</translation>
    </message>
    <message>
        <source>Bands, upper bound inclusive: a value equal to a bound belongs to the band below it.</source>
        <translation>分级区间含上限：等于分界值的数值归入较低的一级。</translation>
    </message>
    <message>
        <source>No correction: the unit is not scored.</source>
        <translation>不修正：该风险单元未评分。</translation>
    </message>
    <message>
        <source>Control level not given: no correction, the level stays %1.</source>
        <translation>未填写管控水平：不修正，等级仍为%1。</translation>
    </message>
    <message>
        <source>Control level %1: a coefficient needs score bands, which this matrix lacks; the level stays %2.</source>
        <translation>管控水平%1：修正系数需要分值区间，而该矩阵没有；等级仍为%2。</translation>
    </message>
    <message>
        <source>Control level %1: the score is multiplied by %2, giving %3, which falls in the band of %4.</source>
        <translation>管控水平%1：分值乘以 %2 得 %3，落在%4区间。</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>降低</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>提高</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>不变</translation>
    </message>
    <message>
        <source>Control level %1 shifts the level by %2 (never below low nor above major): %3, %4.</source>
        <translation>管控水平%1使等级调整 %2 级（不低于低风险、不高于重大风险）：%3，为%4。</translation>
    </message>
    <message>
        <source>Unit %1 %2</source>
        <translation>风险单元 %1 %2</translation>
    </message>
    <message>
        <source>Category: %1 %2 · sector: %3 %4</source>
        <translation>类别：%1 %2 · 行业领域：%3 %4</translation>
    </message>
    <message>
        <source>the method set's default method</source>
        <translation>方法集的默认方法</translation>
    </message>
    <message>
        <source>assigned to the sector</source>
        <translation>按行业领域指定</translation>
    </message>
    <message>
        <source>assigned to the category</source>
        <translation>按类别指定</translation>
    </message>
    <message>
        <source>Method: %1, %2 (%3)</source>
        <translation>评估方法：%1，%2（%3）</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>输入：</translation>
    </message>
    <message>
        <source>control level</source>
        <translation>管控水平</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Not scored: %1 = "%2"; allowed: %3</source>
        <translation>未评分：%1 = “%2”；允许值：%3</translation>
    </message>
    <message>
        <source>Score: %1 = %2 = %3</source>
        <translation>分值：%1 = %2 = %3</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>危险程度：%1</translation>
    </message>
    <message>
        <source>Inherent level: %1</source>
        <translation>固有风险等级：%1</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>Override by the analyst: %1; reason: %2</source>
        <translation>评估人员人工调整为：%1；理由：%2</translation>
    </message>
    <message>
        <source>Final level: %1</source>
        <translation>最终等级：%1</translation>
    </message>
    <message>
        <source>Not assessed yet: this is the level the next assessment gives.</source>
        <translation>尚未评估：这是下次评估将得出的等级。</translation>
    </message>
    <message>
        <source>The project stores %1: the inputs or the method set changed since the last assessment.</source>
        <translation>项目中保存的是%1：上次评估后输入或方法集已有改动。</translation>
    </message>
    <message>
        <source>max: the highest final level of its units</source>
        <translation>从严从高：取区域内风险单元的最高最终等级</translation>
    </message>
    <message>
        <source>weighted: the composite index of its units</source>
        <translation>加权：区域内风险单元的综合风险指数</translation>
    </message>
    <message>
        <source>density: major and significant units per km²</source>
        <translation>密度：每平方公里重大和较大风险单元数</translation>
    </message>
    <message>
        <source>Aggregation rule: %1</source>
        <translation>汇总规则：%1</translation>
    </message>
    <message>
        <source>Units: %1 (%2)</source>
        <translation>风险单元：%1（%2）</translation>
    </message>
    <message>
        <source>No scored unit: the region has no level.</source>
        <translation>没有已评分的风险单元：该区域无等级。</translation>
    </message>
    <message numerus="yes">
        <source>Decided by the %n unit(s) at %1:</source>
        <translation>
            <numerusform>由以下 %n 个%1单元决定：</numerusform>
        </translation>
    </message>
    <message>
        <source>Index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4):</source>
        <translation>指数 I = Σ 权重 × 平均等级 ÷ Σ 权重（低风险 1 … 重大风险 4）：</translation>
    </message>
    <message>
        <source>  %1 %2: weight %3 × mean %4 (%5 units)</source>
        <translation>  %1 %2：权重 %3 × 平均 %4（%5 个单元）</translation>
    </message>
    <message>
        <source>I = %1 (Σ weight %2)</source>
        <translation>I = %1（Σ 权重 %2）</translation>
    </message>
    <message>
        <source>Density ρ = %1 major or significant unit(s) ÷ %2 km² = %3 per km²</source>
        <translation>密度 ρ = %1 个重大或较大风险单元 ÷ %2 平方公里 = 每平方公里 %3 个</translation>
    </message>
    <message>
        <source>Level by the rule: %1</source>
        <translation>按规则得出的等级：%1</translation>
    </message>
    <message>
        <source>Raised to %1 by the hazard influence zone of %2 %3</source>
        <translation>受 %2 %3 的危险源影响范围提升为%1</translation>
    </message>
    <message>
        <source>Reached by the hazard influence zone of %2 %3 (%1)</source>
        <translation>位于 %2 %3 的危险源影响范围内（%1）</translation>
    </message>
    <message>
        <source>The project stores %1: units or the method set changed since the last assessment.</source>
        <translation>项目中保存的是%1：上次评估后风险单元或方法集已有改动。</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>good control</source>
        <translation>管控水平好</translation>
    </message>
    <message>
        <source>fair control</source>
        <translation>管控水平中</translation>
    </message>
    <message>
        <source>poor control</source>
        <translation>管控水平差</translation>
    </message>
    <message>
        <source>Risk matrix %1×%2</source>
        <translation>风险矩阵 %1×%2</translation>
    </message>
    <message>
        <source>LEC (Graham–Kinney)</source>
        <translation>LEC（作业条件危险性分析法）</translation>
    </message>
</context>
<context>
    <name>FactorProductMethod</name>
    <message>
        <source>method %1 needs at least two factors</source>
        <translation>方法 %1 至少需要两个因子</translation>
    </message>
    <message>
        <source>method %1: grades must be listed from the highest bound down</source>
        <translation>方法 %1：分级须按界限值从高到低排列</translation>
    </message>
</context>
<context>
    <name>FactorScale</name>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>%1 之一</translation>
    </message>
    <message>
        <source>a factor has no input field</source>
        <translation>某个因子未指定输入字段</translation>
    </message>
    <message>
        <source>factor %1: values must be positive, not %2</source>
        <translation>因子 %1：取值必须为正数，当前为 %2</translation>
    </message>
    <message>
        <source>factor %1: the value %2 appears twice</source>
        <translation>因子 %1：取值 %2 重复</translation>
    </message>
    <message>
        <source>factor %1 has no values</source>
        <translation>因子 %1 没有取值</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Risk level (Chinese)</source>
        <translation>风险等级（中文）</translation>
    </message>
    <message>
        <source>Assessment note</source>
        <translation>评估说明</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>来源文件</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>来源行号</translation>
    </message>
    <message>
        <source>Kept columns (JSON)</source>
        <translation>保留的原始列（JSON）</translation>
    </message>
    <message>
        <source>Region given (no position)</source>
        <translation>所在区域（无坐标时）</translation>
    </message>
    <message>
        <source>Line or area (WKT)</source>
        <translation>线状或面状范围（WKT）</translation>
    </message>
    <message>
        <source>Shares per region (JSON)</source>
        <translation>各区域所占比例（JSON）</translation>
    </message>
    <message>
        <source>Manual level</source>
        <translation>人工定级</translation>
    </message>
    <message>
        <source>Parent region code</source>
        <translation>上级区域编码</translation>
    </message>
    <message>
        <source>Major-risk units</source>
        <translation>重大风险单元数</translation>
    </message>
    <message>
        <source>Significant-risk units</source>
        <translation>较大风险单元数</translation>
    </message>
    <message>
        <source>General-risk units</source>
        <translation>一般风险单元数</translation>
    </message>
    <message>
        <source>Low-risk units</source>
        <translation>低风险单元数</translation>
    </message>
    <message>
        <source>Levels by category (JSON)</source>
        <translation>各行业类别风险等级（JSON）</translation>
    </message>
    <message>
        <source>Raised by hazard sources</source>
        <translation>提级危险源</translation>
    </message>
    <message>
        <source>Hidden danger ID</source>
        <translation>隐患编号</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>Hidden danger grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>隐患来源</translation>
    </message>
    <message>
        <source>Supervision round</source>
        <translation>督办轮次</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>发现日期</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>整改措施</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>整改资金</translation>
    </message>
    <message>
        <source>Rectification status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Rectification status (Chinese)</source>
        <translation>整改状态（中文）</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>整改完成日期</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>复核人</translation>
    </message>
    <message>
        <source>Struck off on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <source>Listed for supervision</source>
        <translation>挂牌级别</translation>
    </message>
    <message>
        <source>Position from the register</source>
        <translation>台账给出坐标</translation>
    </message>
    <message>
        <source>District level</source>
        <translation>区级</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Province level</source>
        <translation>省级</translation>
    </message>
</context>
<context>
    <name>GisRuntime</name>
    <message>
        <source>none of the fonts %1 is installed (Debian: fonts-wqy-microhei; Windows: Microsoft YaHei comes with the system); maps and reports would fall back to another font</source>
        <translation>未安装字体 %1 中的任何一种（Debian：fonts-wqy-microhei；Windows 系统自带 Microsoft YaHei）；地图和报告将改用其他字体</translation>
    </message>
</context>
<context>
    <name>GridMaker</name>
    <message>
        <source>the project CRS %1 is not in metres; grids need a projected CRS</source>
        <translation>项目坐标参考系 %1 的单位不是米；生成网格需要投影坐标参考系</translation>
    </message>
    <message>
        <source>grid cancelled; the project is unchanged</source>
        <translation>网格生成已取消；项目未作更改</translation>
    </message>
    <message>
        <source>%1: the project has no districts or streets to cover</source>
        <translation>%1：项目中没有可供覆盖的区县或街道</translation>
    </message>
    <message>
        <source>a cell size of %1 m would make about %2 cells; the limit is %3</source>
        <translation>网格边长 %1 米将生成约 %2 个网格；上限为 %3 个</translation>
    </message>
</context>
<context>
    <name>HazardDeadlineRule</name>
    <message>
        <source>the deadline days of %1 hidden dangers must be a whole number from 1 to 3650</source>
        <translation>%1隐患的整改期限天数必须是 1 到 3650 之间的整数</translation>
    </message>
</context>
<context>
    <name>HazardImporter</name>
    <message>
        <source>%1: no column for %2; the columns are %3</source>
        <translation>%1：缺少 %2 列；文件中的列为 %3</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>导入已取消；项目未改动</translation>
    </message>
    <message>
        <source>%1: the file has no hidden dangers</source>
        <translation>%1：文件中没有隐患</translation>
    </message>
    <message>
        <source>the project has it as %1; a register cannot move it back (reopening is a status update with a reason)</source>
        <translation>项目中该隐患为 %1；台账不能使其状态回退（重新打开须通过注明原因的状态更新）</translation>
    </message>
    <message>
        <source>%1: hidden danger %2: cannot transform its position to %3: %4</source>
        <translation>%1：隐患 %2：无法将其位置转换到 %3：%4</translation>
    </message>
    <message>
        <source>%1: hidden danger %2: cannot be written: %3</source>
        <translation>%1：隐患 %2：无法写入：%3</translation>
    </message>
    <message>
        <source>every hidden danger needs an id</source>
        <translation>每条隐患都需要隐患编号</translation>
    </message>
    <message>
        <source>the id appears again (first at %1)</source>
        <translation>编号重复（首次出现在 %1）</translation>
    </message>
    <message>
        <source>the project has no unit with this id</source>
        <translation>项目中没有该编号的风险单元</translation>
    </message>
    <message>
        <source>the project has no unit with this name</source>
        <translation>项目中没有该名称的风险单元</translation>
    </message>
    <message>
        <source>%1 units have this name (%2); give the unit id</source>
        <translation>有 %1 个风险单元同名（%2）；请填写单位编号</translation>
    </message>
    <message>
        <source>every hidden danger needs its unit's id or name</source>
        <translation>每条隐患都需要所属单位的编号或名称</translation>
    </message>
    <message>
        <source>the grade must be 一般 or 重大</source>
        <translation>隐患等级必须为“一般”或“重大”</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>必须填写日期</translation>
    </message>
    <message>
        <source>not a date (write 2026-03-01)</source>
        <translation>不是日期（请写作 2026-03-01）</translation>
    </message>
    <message>
        <source>the status must be 发现, 交办, 整改中, 已整改 or 已销号</source>
        <translation>整改状态必须为发现、交办、整改中、已整改或已销号</translation>
    </message>
    <message>
        <source>the listing level must be 省级, 市级, 区级 or empty</source>
        <translation>挂牌级别必须为省级、市级、区级或留空</translation>
    </message>
    <message>
        <source>the funds must be a number of 0 or more</source>
        <translation>整改资金必须是不小于 0 的数字</translation>
    </message>
    <message>
        <source>not a longitude from -180 to 180</source>
        <translation>不是 -180 到 180 之间的经度</translation>
    </message>
    <message>
        <source>not a latitude from -90 to 90</source>
        <translation>不是 -90 到 90 之间的纬度</translation>
    </message>
</context>
<context>
    <name>HazardLifecycle</name>
    <message>
        <source>a rectified hidden danger needs the date it was rectified</source>
        <translation>已整改的隐患需要整改完成日期</translation>
    </message>
    <message>
        <source>a closure needs the verifier who checked the rectification</source>
        <translation>销号需要复核整改的复核人</translation>
    </message>
    <message>
        <source>a closure needs the date the hidden danger was struck off</source>
        <translation>销号需要销号日期</translation>
    </message>
    <message>
        <source>the deadline %1 is before the date found %2</source>
        <translation>整改期限 %1 早于发现日期 %2</translation>
    </message>
    <message>
        <source>the date rectified %1 is before the date found %2</source>
        <translation>整改完成日期 %1 早于发现日期 %2</translation>
    </message>
    <message>
        <source>the date closed %1 is before the date rectified %2</source>
        <translation>销号日期 %1 早于整改完成日期 %2</translation>
    </message>
    <message>
        <source>the hidden danger is %1 already</source>
        <translation>该隐患已处于 %1 状态</translation>
    </message>
    <message>
        <source>a hidden danger cannot move back to found</source>
        <translation>隐患状态不能退回“发现”</translation>
    </message>
    <message>
        <source>a closed hidden danger reopens to assigned or rectifying</source>
        <translation>已销号的隐患只能重新打开为“交办”或“整改中”</translation>
    </message>
    <message>
        <source>an open hidden danger cannot move back from %1 to %2</source>
        <translation>未整改的隐患不能从 %1 退回 %2</translation>
    </message>
    <message>
        <source>reopening a %1 hidden danger needs a reason</source>
        <translation>重新打开 %1 状态的隐患需要说明原因</translation>
    </message>
</context>
<context>
    <name>HazardStyle</name>
    <message>
        <source>Hidden dangers</source>
        <translation>事故隐患</translation>
    </message>
</context>
<context>
    <name>HazardTable</name>
    <message>
        <source>the project has no units yet</source>
        <translation>项目中还没有风险单元</translation>
    </message>
    <message>
        <source>cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <source>cannot create field %1.%2: %3</source>
        <translation>无法创建字段 %1.%2：%3</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1（编号 %2）</translation>
    </message>
    <message>
        <source>%1: %2: field %3: value "%4": %5</source>
        <translation>%1：%2：字段 %3：值“%4”：%5</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1: columns "%2" and "%3" both look like the field "%4"; choose one</source>
        <translation>%1：列“%2”和“%3”都像字段“%4”，请选择其一</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <source>unknown target field "%1" in --map (known: %2)</source>
        <translation>--map 中的目标字段“%1”未知（可用字段：%2）</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column "%2"</source>
        <translation>--map %1=%2：文件中没有列“%2”</translation>
    </message>
    <message>
        <source>columns "%1" and "%2" both look like the field "%3"; choose one with --map %3=COLUMN</source>
        <translation>列“%1”和“%2”均可能对应字段“%3”；请用 --map %3=COLUMN 指定其一</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重性</translation>
    </message>
    <message>
        <source>L (likelihood of an accident)</source>
        <translation>L（事故发生的可能性）</translation>
    </message>
    <message>
        <source>E (exposure)</source>
        <translation>E（暴露于危险环境的频繁程度）</translation>
    </message>
    <message>
        <source>C (consequence)</source>
        <translation>C（发生事故可能造成的后果）</translation>
    </message>
    <message>
        <source>M (control measures)</source>
        <translation>M（控制措施状态）</translation>
    </message>
    <message>
        <source>S (consequence)</source>
        <translation>S（事故后果）</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>管控水平</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1：第 %2 行：%3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1：应为 JSON 对象</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the required key is missing</source>
        <translation>缺少必需的键</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>应为%1，而不是 %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>未知的键（已知的键：%1）</translation>
    </message>
    <message>
        <source>unknown key; did you mean "%1"?</source>
        <translation>未知的键；是否应为“%1”？</translation>
    </message>
    <message>
        <source>the string "%1"</source>
        <translation>字符串“%1”</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>空</translation>
    </message>
</context>
<context>
    <name>LevelPalette</name>
    <message>
        <source>expected a colour written #RRGGBB (e.g. #FF0000), not "%1"</source>
        <translation>应为 #RRGGBB 形式的颜色（如 #FF0000），而不是“%1”</translation>
    </message>
    <message>
        <source>%1 and %2 have the same colour %3: levels must stay distinguishable</source>
        <translation>%1 与 %2 颜色相同（%3）：各风险等级的颜色必须能够区分</translation>
    </message>
</context>
<context>
    <name>LevelSnapshot</name>
    <message>
        <source>%1 is not a GeoPackage</source>
        <translation>%1 不是 GeoPackage 文件</translation>
    </message>
</context>
<context>
    <name>MethodSet</name>
    <message>
        <source>not a RiskAtlas method set (expected "schema": "%1")</source>
        <translation>不是 RiskAtlas 方法集（应包含 "schema": "%1"）</translation>
    </message>
    <message>
        <source>category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>好/中/差 or good/fair/poor</source>
        <translation>好/中/差 或 good/fair/poor</translation>
    </message>
    <message>
        <source>method %1 needs exactly three factors</source>
        <translation>方法 %1 必须有且仅有三个因子</translation>
    </message>
    <message>
        <source>unknown scoring method "%1" (known: %2)</source>
        <translation>未知的评分方法“%1”（可用方法：%2）</translation>
    </message>
    <message>
        <source>no method template "%1" (templates: %2)</source>
        <translation>没有方法模板“%1”（现有模板：%2）</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>模板 %1：%2</translation>
    </message>
    <message>
        <source>categories: "%1" is not a category of the taxonomy</source>
        <translation>categories：“%1”不是分类体系中的类别</translation>
    </message>
    <message>
        <source>sectors: "%1" is not a sector code of the taxonomy</source>
        <translation>sectors：“%1”不是分类体系中的行业领域代码</translation>
    </message>
    <message>
        <source>composite: "%1" is not a %2 of the taxonomy</source>
        <translation>composite：“%1”不是分类体系中的%2</translation>
    </message>
    <message>
        <source>sector code</source>
        <translation>行业领域代码</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>control_correction: a coefficient needs score bands, but the method for %1 is a cell-table matrix</source>
        <translation>control_correction：coefficient 修正需要分级标准，但“%1”的评分方法为采用逐格等级表的风险矩阵</translation>
    </message>
    <message>
        <source>influence_zones: "%1" is not a sector code of the taxonomy</source>
        <translation>influence_zones：“%1”不是分类体系中的行业领域代码</translation>
    </message>
    <message>
        <source>the distance of sector %1 must be a positive number of metres, not %2</source>
        <translation>行业 %1 的影响距离必须为正数（米），当前为 %2</translation>
    </message>
</context>
<context>
    <name>MethodSetCommand</name>
    <message>
        <source>Change the method set</source>
        <translation>更改方法集</translation>
    </message>
    <message>
        <source>Apply the method set</source>
        <translation>应用方法集</translation>
    </message>
    <message>
        <source>Restore the previous method set</source>
        <translation>恢复先前的方法集</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) changed level, </source>
        <translation>
            <numerusform>%n 个风险单元等级变化，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) rewritten.</source>
        <translation>
            <numerusform>%n 个区域重写。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>没有写入任何内容</translation>
    </message>
    <message>
        <source>the written file is incomplete</source>
        <translation>写入的文件不完整</translation>
    </message>
    <message>
        <source>the written file is not of the expected format</source>
        <translation>写入的文件格式不符</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 或 %2</translation>
    </message>
</context>
<context>
    <name>PandocReport</name>
    <message>
        <source>pandoc was not found: it writes DOCX, ODT and HTML reports; install the Debian package pandoc (apt install pandoc)</source>
        <translation>未找到 pandoc：DOCX、ODT 和 HTML 报告需要它；请安装 Debian 软件包 pandoc（apt install pandoc）</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>无法创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>cannot write the temporary file %1</source>
        <translation>无法写入临时文件 %1</translation>
    </message>
    <message>
        <source>pandoc did not run: %1</source>
        <translation>pandoc 未能运行：%1</translation>
    </message>
    <message>
        <source>pandoc failed (exit code %1): %2</source>
        <translation>pandoc 运行失败（退出码 %1）：%2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>续%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 共 %2 页</translation>
    </message>
</context>
<context>
    <name>ProblemHint</name>
    <message>
        <source>Name field</source>
        <translation>名称字段</translation>
    </message>
    <message>
        <source>Code field</source>
        <translation>代码字段</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>上级代码字段</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>源坐标参考系</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Coordinate correction</source>
        <translation>坐标纠偏</translation>
    </message>
    <message>
        <source>outside China: the coordinate correction (GCJ-02/BD-09) applies only inside China; set it to None</source>
        <translation>位于中国境外：坐标纠偏（GCJ-02/BD-09）仅适用于中国境内，请将其设为“无”</translation>
    </message>
    <message>
        <source>%1; for projected coordinates choose the source CRS</source>
        <translation>%1；若为投影坐标，请选择源坐标参考系</translation>
    </message>
    <message>
        <source>%1; choose another file name or agree to replace it</source>
        <translation>%1；请选择其他文件名，或同意替换该文件</translation>
    </message>
    <message>
        <source>%1; import risk units first</source>
        <translation>%1；请先导入风险单元</translation>
    </message>
    <message>
        <source>%1; import districts or streets first</source>
        <translation>%1；请先导入区县或街道</translation>
    </message>
    <message>
        <source>%1; run a full assessment</source>
        <translation>%1；请运行完整评估</translation>
    </message>
    <message>
        <source>%1: the file has no field "%2"; choose one of its fields in "%3" (%4)</source>
        <translation>%1：文件中没有字段“%2”；请在“%3”中选择文件的字段（%4）</translation>
    </message>
    <message>
        <source>unknown encoding "%1"; choose the encoding from the list</source>
        <translation>未知编码“%1”；请从列表中选择编码</translation>
    </message>
    <message>
        <source>the header row must be 1 or more</source>
        <translation>标题行不得小于 1</translation>
    </message>
    <message>
        <source>unknown coordinate reference system "%1"; choose the source CRS</source>
        <translation>未知坐标参考系“%1”；请选择源坐标参考系</translation>
    </message>
    <message>
        <source>%1; choose the name field</source>
        <translation>%1；请选择名称字段</translation>
    </message>
    <message>
        <source>%1; choose its column in the field table</source>
        <translation>%1；请在字段表中为其选择列</translation>
    </message>
    <message>
        <source>%1; choose the longitude and latitude columns in the field table</source>
        <translation>%1；请在字段表中选择经度和纬度列</translation>
    </message>
    <message>
        <source>%1; choose the source CRS</source>
        <translation>%1；请选择源坐标参考系</translation>
    </message>
    <message>
        <source>%1; choose the file's encoding</source>
        <translation>%1；请选择文件的编码</translation>
    </message>
    <message>
        <source>%1; choose a smaller header row</source>
        <translation>%1；请选择较小的标题行</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one under "Layer" (%3)</source>
        <translation>%1：文件有 %2 个图层；请在“图层”中选择其一（%3）</translation>
    </message>
    <message>
        <source>the coordinate correction (GCJ-02/BD-09) needs longitude/latitude, but the source CRS is %1; set the correction to None or choose a geographic source CRS</source>
        <translation>坐标纠偏（GCJ-02/BD-09）需要经纬度，但源坐标参考系为 %1；请将纠偏设为“无”，或选择地理坐标参考系</translation>
    </message>
    <message>
        <source>a cell size of %1 m would make about %2 cells; the limit is %3: choose a larger cell size</source>
        <translation>网格边长 %1 米将生成约 %2 个网格，上限为 %3：请选择更大的网格边长</translation>
    </message>
    <message>
        <source>%1; restore it from a backup copy</source>
        <translation>%1；请从备份副本恢复</translation>
    </message>
    <message>
        <source>%1; the unit shows its current values now</source>
        <translation>%1；单元现已显示其当前值</translation>
    </message>
</context>
<context>
    <name>ProjectAssessor</name>
    <message>
        <source>unit %1: field %2: value "%3": allowed %4</source>
        <translation>风险单元 %1：字段 %2：值“%3”：应为 %4</translation>
    </message>
    <message>
        <source>region %1: cannot write its result: %2</source>
        <translation>区域 %1：无法写入评估结果：%2</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>无法记录本次评估：%1</translation>
    </message>
    <message>
        <source>assessment cancelled; the project is unchanged</source>
        <translation>评估已取消；项目未作更改</translation>
    </message>
    <message>
        <source>%1: unscored (%2 = "%3")</source>
        <translation>%1：未评分（%2 = “%3”）</translation>
    </message>
    <message>
        <source>%1 %2, score %3 → %4, control %5</source>
        <translation>%1 %2，分值 %3 → %4，管控水平 %5</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>hazard influence zones are distances in metres and need a projected project CRS, not %1</source>
        <translation>危险源影响范围以米计，需要投影坐标系的项目，当前为 %1</translation>
    </message>
    <message>
        <source>cannot read the units: %1</source>
        <translation>无法读取风险单元：%1</translation>
    </message>
    <message>
        <source>cannot write the units' results: %1</source>
        <translation>无法写入风险单元的评估结果：%1</translation>
    </message>
    <message>
        <source>cannot write the regions: %1</source>
        <translation>无法写入区域结果：%1</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage</source>
        <translation>%1：不是 GeoPackage 文件</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>cannot read the regions</source>
        <translation>无法读取区域</translation>
    </message>
    <message>
        <source>cannot read the regions' tallies</source>
        <translation>无法读取区域的单元汇总</translation>
    </message>
    <message>
        <source>the stored assessment state is damaged</source>
        <translation>项目中保存的评估状态已损坏</translation>
    </message>
    <message>
        <source>cannot read the stored assessment state</source>
        <translation>无法读取项目中保存的评估状态</translation>
    </message>
    <message>
        <source>cannot store the assessment state</source>
        <translation>无法保存评估状态</translation>
    </message>
    <message>
        <source>the stored assessment state names unit fid %1, which no longer exists</source>
        <translation>项目中保存的评估状态引用了已不存在的单元（fid %1）</translation>
    </message>
    <message>
        <source>%1: the project has no units</source>
        <translation>%1：项目中没有风险单元</translation>
    </message>
    <message>
        <source>%1: the project has no unit with fid %2</source>
        <translation>%1：项目中没有 fid 为 %2 的单元</translation>
    </message>
    <message>
        <source>%1 by open hidden dangers %2</source>
        <translation>%1（未整改隐患 %2 所致）</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1: a copy cannot replace the project it copies</source>
        <translation>%1：副本不能覆盖其所复制的项目本身</translation>
    </message>
    <message>
        <source>%1: cannot write in its folder: %2</source>
        <translation>%1：无法在其所在文件夹中写入：%2</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into it: %3</source>
        <translation>%1：无法将 %2 复制到该文件：%3</translation>
    </message>
    <message>
        <source>%1: cannot write it</source>
        <translation>%1：无法写入该文件</translation>
    </message>
</context>
<context>
    <name>ProjectJournal</name>
    <message>
        <source>%1: no such project file</source>
        <translation>%1：项目文件不存在</translation>
    </message>
    <message>
        <source>%1: cannot open the project for writing</source>
        <translation>%1：无法以写入方式打开项目</translation>
    </message>
    <message>
        <source>it stays in %1 mode</source>
        <translation>它仍处于 %1 模式</translation>
    </message>
    <message>
        <source>%1: cannot switch the project to write-ahead logging: %2</source>
        <translation>%1：无法将项目切换到预写日志（WAL）模式：%2</translation>
    </message>
    <message>
        <source>%1: cannot read the project: %2</source>
        <translation>%1：无法读取项目：%2</translation>
    </message>
    <message>
        <source>%1: another program still has the project open, so it stays in write-ahead-log mode (with its -wal and -shm files) until that program closes it; nothing is lost</source>
        <translation>%1：另一个程序仍打开着此项目，因此项目将保持预写日志（WAL）模式（旁边留有 -wal 和 -shm 文件），直到该程序关闭它；数据不会丢失</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>Risk units</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>%1: the project has no units or no regions yet</source>
        <translation>%1：项目中尚无风险单元或区域</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>cannot create table %1: %2</source>
        <translation>无法创建表 %1：%2</translation>
    </message>
    <message>
        <source>cannot create field %1.%2: %3</source>
        <translation>无法创建字段 %1.%2：%3</translation>
    </message>
    <message>
        <source>cannot write the taxonomy: %1</source>
        <translation>无法写入分类体系：%1</translation>
    </message>
    <message>
        <source>the project has schema version %1, newer than this RiskAtlas (%2); open it with a newer release</source>
        <translation>项目的数据结构版本为 %1，高于当前 RiskAtlas 支持的版本（%2）；请使用更新版本的 RiskAtlas 打开</translation>
    </message>
    <message>
        <source>the project CRS is not valid WKT</source>
        <translation>项目坐标参考系不是有效的 WKT</translation>
    </message>
    <message>
        <source>cannot add the field %1.%2: %3</source>
        <translation>无法添加字段 %1.%2：%3</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>%1: the file exists already</source>
        <translation>%1：文件已存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>language %1: expected zh or en</source>
        <translation>语言 %1：应为 zh 或 en</translation>
    </message>
    <message>
        <source>paper %1: expected A4, A3, A2, A1 or A0</source>
        <translation>纸张 %1：应为 A4、A3、A2、A1 或 A0</translation>
    </message>
    <message>
        <source>region kind %1: expected district, street or grid</source>
        <translation>区域类型 %1：应为 district、street 或 grid</translation>
    </message>
    <message>
        <source>resolution %1 dpi: expected 30 to 1200</source>
        <translation>分辨率 %1 dpi：应为 30 至 1200</translation>
    </message>
    <message>
        <source>%1: the output must end in .pdf, .png or .svg</source>
        <translation>%1：输出文件扩展名须为 .pdf、.png 或 .svg</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>the project has no category %1 (categories: %2)</source>
        <translation>项目中没有类别 %1（现有类别：%2）</translation>
    </message>
    <message>
        <source>%1: migrated from schema %2 to %3</source>
        <translation>%1：已从架构版本 %2 迁移到 %3</translation>
    </message>
    <message>
        <source>%1: the project has no unit with fid %2</source>
        <translation>%1：项目中没有 fid 为 %2 的风险单元</translation>
    </message>
    <message>
        <source>a unit has no editable field "%1"</source>
        <translation>风险单元没有可编辑的字段“%1”</translation>
    </message>
    <message>
        <source>"%1" is not a position (a point such as POINT (x y))</source>
        <translation>“%1”不是有效位置（应为点，如 POINT (x y)）</translation>
    </message>
    <message>
        <source>"%1" is not a risk level (major, significant, general or low)</source>
        <translation>“%1”不是风险等级（应为 major、significant、general 或 low）</translation>
    </message>
    <message>
        <source>a manual risk level needs a reason; give the reason for the override</source>
        <translation>手动设定风险等级必须说明理由；请填写调整理由</translation>
    </message>
    <message>
        <source>audit entry #%1 is not an edit of a unit</source>
        <translation>审计记录 #%1 不是对风险单元的编辑</translation>
    </message>
    <message>
        <source>%1: the project has no units</source>
        <translation>%1：项目中没有风险单元</translation>
    </message>
    <message>
        <source>%1: the project has no unit %2</source>
        <translation>%1：项目中没有风险单元 %2</translation>
    </message>
    <message>
        <source>unit %1 was changed since: %2 is "%3", not "%4"; the edit no longer applies</source>
        <translation>风险单元 %1 已被他人修改：%2 现为“%3”，而非“%4”；该编辑已无法撤销或重做</translation>
    </message>
    <message>
        <source>unit %1 is a line or area unit; change its shape in QGIS Desktop</source>
        <translation>风险单元 %1 是线状或面状单元；请在 QGIS Desktop 中修改其形状</translation>
    </message>
    <message>
        <source>%1: cannot write unit %2: %3</source>
        <translation>%1：无法写入风险单元 %2：%3</translation>
    </message>
    <message>
        <source>a unit needs an ID</source>
        <translation>风险单元需要编号</translation>
    </message>
    <message>
        <source>"%1" is not a scoring input of a unit</source>
        <translation>“%1”不是风险单元的评分输入项</translation>
    </message>
    <message>
        <source>the project's taxonomy has no sector "%1"</source>
        <translation>项目的分类中没有行业领域“%1”</translation>
    </message>
    <message>
        <source>%1: the project has no units layer yet; import units first</source>
        <translation>%1：项目还没有单元图层；请先导入风险单元</translation>
    </message>
    <message>
        <source>unit ID %1 is used by another unit</source>
        <translation>单元编号 %1 已被其他单元使用</translation>
    </message>
    <message>
        <source>%1: cannot read unit %2 back</source>
        <translation>%1：无法读回单元 %2</translation>
    </message>
    <message>
        <source>deleting a unit needs a reason; give the reason</source>
        <translation>删除风险单元需要说明理由；请填写理由</translation>
    </message>
    <message>
        <source>%1: cannot delete unit %2: %3</source>
        <translation>%1：无法删除单元 %2：%3</translation>
    </message>
    <message>
        <source>audit entry #%1 is not an addition or deletion of a unit</source>
        <translation>审计记录 #%1 不是风险单元的新增或删除</translation>
    </message>
    <message>
        <source>audit entry #%1 does not hold the unit's record</source>
        <translation>审计记录 #%1 中没有该单元的完整记录</translation>
    </message>
    <message>
        <source>unit %1 no longer exists (deleted since); the step no longer applies</source>
        <translation>单元 %1 已不存在（之后已被删除）；此操作不再适用</translation>
    </message>
    <message>
        <source>unit %1 was changed since: %2 is "%3", not "%4"; the step no longer applies</source>
        <translation>单元 %1 之后已被修改：%2 现为“%3”，而不是“%4”；此操作不再适用</translation>
    </message>
    <message>
        <source>unit ID %1 is used by another unit now; the step no longer applies</source>
        <translation>单元编号 %1 现已被其他单元使用；此操作不再适用</translation>
    </message>
    <message>
        <source>unit %1's sector %2 is no longer in the project's taxonomy; the step no longer applies</source>
        <translation>单元 %1 的行业领域 %2 已不在项目分类中；此操作不再适用</translation>
    </message>
    <message>
        <source>%1: the output must end in %2</source>
        <translation>%1：输出文件的扩展名必须是 %2</translation>
    </message>
    <message>
        <source>%1: the report template must be a folder</source>
        <translation>%1：报告模板必须是文件夹</translation>
    </message>
    <message>
        <source>%1: no report template stored in the project</source>
        <translation>%1：项目中未保存报告模板</translation>
    </message>
    <message>
        <source>%1: the project has no unit or region with the id "%2"</source>
        <translation>%1：项目中没有编号为“%2”的风险单元或区域</translation>
    </message>
    <message>
        <source>Hidden dangers of %1</source>
        <translation>%1隐患台账</translation>
    </message>
    <message>
        <source>hidden danger %1: nothing to change: give a status or a deadline</source>
        <translation>隐患 %1：没有要修改的内容：请给出状态或整改期限</translation>
    </message>
    <message>
        <source>%1: the project has no hidden danger %2</source>
        <translation>%1：项目中没有隐患 %2</translation>
    </message>
    <message>
        <source>hidden danger %1: %2</source>
        <translation>隐患 %1：%2</translation>
    </message>
    <message>
        <source>hidden danger %1: a new deadline needs a reason</source>
        <translation>隐患 %1：变更整改期限需要说明原因</translation>
    </message>
    <message>
        <source>%1: cannot write hidden danger %2: %3</source>
        <translation>%1：无法写入隐患 %2：%3</translation>
    </message>
    <message>
        <source>a change during review session %1 (%2) needs a reason; give the reason agreed</source>
        <translation>评审会 %1（%2）期间的调整须说明理由；请填写会上议定的理由</translation>
    </message>
    <message>
        <source>review session %1 (%2) is still open; end it before starting another</source>
        <translation>评审会 %1（%2）尚未结束；请先结束再开始新的评审会</translation>
    </message>
    <message>
        <source>no review session is open</source>
        <translation>当前没有进行中的评审会</translation>
    </message>
    <message>
        <source>cannot read the audit log back</source>
        <translation>无法读回审计日志</translation>
    </message>
    <message>
        <source>%1: the project has no review session</source>
        <translation>%1：项目中没有评审会记录</translation>
    </message>
    <message>
        <source>%1: the project has no review session %2</source>
        <translation>%1：项目中没有第 %2 次评审会</translation>
    </message>
    <message>
        <source>the minutes go without their maps: %1</source>
        <translation>会议纪要未附地图：%1</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: the file exists already; use --overwrite to replace it</source>
        <translation>%1：文件已存在；如需替换，请使用 --overwrite</translation>
    </message>
    <message>
        <source>unknown coordinate reference system "%1"</source>
        <translation>未知的坐标参考系“%1”</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL 缺少 GeoPackage 驱动</translation>
    </message>
    <message>
        <source>%1: cannot replace the existing file</source>
        <translation>%1：无法替换现有文件</translation>
    </message>
    <message>
        <source>%1: cannot create the GeoPackage: %2</source>
        <translation>%1：无法创建 GeoPackage：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1：项目文件不存在</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage that can be opened for writing</source>
        <translation>%1：不是可写入的 GeoPackage</translation>
    </message>
    <message>
        <source>the project CRS is fixed already (%1)</source>
        <translation>项目坐标参考系已确定（%1）</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>cannot commit the changes: %1</source>
        <translation>无法提交更改：%1</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>无法写入审计日志：%1</translation>
    </message>
    <message>
        <source>cannot store the method set: %1</source>
        <translation>无法保存方法集：%1</translation>
    </message>
    <message>
        <source>method set %1 is ambiguous; give more digits</source>
        <translation>方法集 %1 不唯一；请输入更多位哈希值</translation>
    </message>
    <message>
        <source>the project has no method set %1</source>
        <translation>项目中没有方法集 %1</translation>
    </message>
    <message>
        <source>the new taxonomy lacks sectors that units use: %1</source>
        <translation>新的分类体系缺少风险单元正在使用的行业领域：%1</translation>
    </message>
    <message>
        <source>%1: another program kept reading the project for longer than %2 s, so the changes could not be saved; nothing was changed</source>
        <translation>%1：另一个程序读取项目超过 %2 秒，修改无法保存；项目未作任何改动</translation>
    </message>
    <message>
        <source>%1: another program is changing this project; nothing was changed. Try again when it has finished</source>
        <translation>%1：另一个程序正在修改此项目；项目未作任何改动。请在其完成后重试</translation>
    </message>
    <message>
        <source>%1: a program stopped while changing this project; a command that changes it (e.g. assess) first undoes the unfinished change</source>
        <translation>%1：有程序在修改此项目时中途停止；修改项目的命令（如 assess）会先撤销未完成的修改</translation>
    </message>
    <message>
        <source>%1: cannot read the project: %2</source>
        <translation>%1：无法读取项目：%2</translation>
    </message>
    <message>
        <source>%1: the project file is damaged: %2</source>
        <translation>%1：项目文件已损坏：%2</translation>
    </message>
    <message>
        <source>%1: the metadata row %2 is missing; the project file is damaged</source>
        <translation>%1：缺少元数据行 %2；项目文件已损坏</translation>
    </message>
    <message>
        <source>%1: the schema version "%2" is not valid; the project file is damaged</source>
        <translation>%1：架构版本“%2”无效；项目文件已损坏</translation>
    </message>
    <message>
        <source>%1: table %2 is missing; the project file is damaged</source>
        <translation>%1：缺少表 %2；项目文件已损坏</translation>
    </message>
    <message>
        <source>%1 is not a RiskAtlas project</source>
        <translation>%1 不是 RiskAtlas 项目</translation>
    </message>
    <message>
        <source>%1: the project has schema version %2; a command that changes it (e.g. assess) first migrates it to version %3</source>
        <translation>%1：项目的架构版本为 %2；修改项目的命令（如 assess）会先将其迁移到版本 %3</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage</source>
        <translation>%1：不是 GeoPackage</translation>
    </message>
    <message>
        <source>%1: the project was opened read-only</source>
        <translation>%1：项目以只读方式打开</translation>
    </message>
    <message>
        <source>the current method set %1 is missing</source>
        <translation>缺少当前方法集 %1</translation>
    </message>
    <message>
        <source>the current method set %1 is not valid: %2</source>
        <translation>当前方法集 %1 无效：%2</translation>
    </message>
    <message>
        <source>table %1 is not valid: %2</source>
        <translation>表 %1 无效：%2</translation>
    </message>
    <message>
        <source>%1: another program has this project open; it was not replaced. Try again when it has finished</source>
        <translation>%1：另一个程序正打开此项目；未替换该文件。请在其完成后重试</translation>
    </message>
    <message>
        <source>%1: the project is in use by another program, which kept it locked for more than %2 s; nothing was read or changed. Try again when it has finished</source>
        <translation>%1：项目正被另一个程序使用，其锁定时间超过 %2 秒；未读取也未改动任何内容。请在其完成后重试</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>%1: cannot read the QGIS project inside it: %2</source>
        <translation>%1：无法读取其中的 QGIS 工程：%2</translation>
    </message>
</context>
<context>
    <name>RectificationMap</name>
    <message>
        <source>below 60% (%1)</source>
        <translation>低于 60%（%1）</translation>
    </message>
    <message>
        <source>60–80% (%1)</source>
        <translation>60%–80%（%1）</translation>
    </message>
    <message>
        <source>80–95% (%1)</source>
        <translation>80%–95%（%1）</translation>
    </message>
    <message>
        <source>95% and above (%1)</source>
        <translation>95% 及以上（%1）</translation>
    </message>
    <message>
        <source>Districts by rectification rate</source>
        <translation>各区县隐患整改率</translation>
    </message>
    <message>
        <source>%1
no hidden dangers</source>
        <translation>%1
无事故隐患</translation>
    </message>
    <message>
        <source>%1
%2
rectified %3/%4</source>
        <translation>%1
%2
已整改 %3/%4</translation>
    </message>
    <message>
        <source>%1: the project has no districts</source>
        <translation>%1：项目中没有区县</translation>
    </message>
    <message>
        <source>no hidden dangers (%1)</source>
        <translation>无事故隐患（%1）</translation>
    </message>
    <message>
        <source>Hidden dangers</source>
        <translation>事故隐患</translation>
    </message>
    <message>
        <source>Hidden-danger rectification rate by district</source>
        <translation>各区县事故隐患整改率分布图</translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 hidden dangers rectified (%4), %5 overdue</source>
        <translation>截至 %1：事故隐患 %3 项，已整改 %2 项（%4），逾期 %5 项</translation>
    </message>
    <message>
        <source>Rectification rate: rectified and closed hidden dangers over all of the district's</source>
        <translation>整改率：已整改（含已销号）隐患数 ÷ 区县隐患总数</translation>
    </message>
    <message>
        <source>Rectification rate as of %1</source>
        <translation>整改率（截至 %1）</translation>
    </message>
</context>
<context>
    <name>RegionDistricts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>RegionImporter</name>
    <message>
        <source>%1: the layer has no geometry; regions must be polygons</source>
        <translation>%1：图层没有几何；区域必须为面</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>%1: region %2 had an invalid polygon and was repaired</source>
        <translation>%1：区域 %2 的面无效，已自动修复</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>导入已取消；项目未作更改</translation>
    </message>
    <message>
        <source>%1: the file has no regions</source>
        <translation>%1：文件中没有区域</translation>
    </message>
    <message>
        <source>%1: region %2: cannot transform it to %3: %4</source>
        <translation>%1：区域 %2：无法转换到 %3：%4</translation>
    </message>
    <message>
        <source>region %1: cannot be written: %2</source>
        <translation>区域 %1：无法写入：%2</translation>
    </message>
    <message>
        <source>%1: no field "%2" (fields: %3)</source>
        <translation>%1：字段“%2”不存在（现有字段：%3）</translation>
    </message>
    <message>
        <source>%1: no region name column recognised (fields: %2)</source>
        <translation>%1：未识别到区域名称列（现有字段：%2）</translation>
    </message>
    <message>
        <source>%1: the coordinate reference system is unknown</source>
        <translation>%1：坐标参考系未知</translation>
    </message>
    <message>
        <source>every region needs a name</source>
        <translation>每个区域都必须有名称</translation>
    </message>
    <message>
        <source>every region needs a code</source>
        <translation>每个区域都必须有代码</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>代码重复</translation>
    </message>
    <message>
        <source>regions must be polygons</source>
        <translation>区域必须为面</translation>
    </message>
    <message>
        <source>a vertex has no finite coordinates (NaN or infinite)</source>
        <translation>有顶点的坐标不是有限数（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>the polygon has no area, so it cannot be a region</source>
        <translation>该面的面积为零，不能作为区域</translation>
    </message>
</context>
<context>
    <name>RegionMembers</name>
    <message>
        <source>%1: the project has no units or regions</source>
        <translation>%1：项目中没有风险单元或区域</translation>
    </message>
    <message>
        <source>%1: region %2 has no outline</source>
        <translation>%1：区域 %2 没有边界</translation>
    </message>
</context>
<context>
    <name>RegionQuery</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有风险</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>现实风险</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>风险单元数</translation>
    </message>
    <message>
        <source>Score range</source>
        <translation>分值范围</translation>
    </message>
    <message>
        <source>Score bands: a score equal to a lower bound belongs to that band (lower bound inclusive).</source>
        <translation>分值分级：分值等于某级下限时归入该级（含下限）。</translation>
    </message>
    <message>
        <source>Score bands: a score equal to a bound belongs to the band below (upper bound inclusive).</source>
        <translation>分值分级：分值等于分界值时归入较低一级（含上限）。</translation>
    </message>
    <message>
        <source>Risk matrix %1×%2: R = L × S, from the likelihood L and the severity S of the unit's most serious accident.</source>
        <translation>风险矩阵 %1×%2：R = L × S，L 为风险单元最严重事故的可能性，S 为其后果严重程度。</translation>
    </message>
    <message>
        <source>L \ S</source>
        <translation>L \ S</translation>
    </message>
    <message>
        <source>Risk matrix: each cell gives R = L × S in the colour of its level.</source>
        <translation>风险矩阵：每格为 R = L × S，以其风险等级颜色显示。</translation>
    </message>
    <message>
        <source>Levels are set cell by cell as coloured above.</source>
        <translation>风险等级按上表逐格确定。</translation>
    </message>
    <message>
        <source>LEC (Graham–Kinney): D = L × E × C.</source>
        <translation>LEC 法（作业条件危险性评价法）：D = L × E × C。</translation>
    </message>
    <message>
        <source>MES: R = M × E × S.</source>
        <translation>MES 法：R = M × E × S。</translation>
    </message>
    <message>
        <source>Factor %1: values and their descriptors.</source>
        <translation>因素 %1：取值及其含义。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>General</source>
        <translation>总论</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>评估目的</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>评估依据</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>评估范围</translation>
    </message>
    <message>
        <source>%1: %2 risk units</source>
        <translation>%1：%2个风险单元</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>评估组织</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>城市概况</translation>
    </message>
    <message>
        <source>Districts and their risk units (in code order).</source>
        <translation>各区县风险单元（按区划代码排序）。</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Risk identification</source>
        <translation>风险辨识</translation>
    </message>
    <message>
        <source>%1 risk units were identified in %2 categories and %3 sectors; %4 of them were scored.</source>
        <translation>共辨识风险单元%1个，涉及%2个类别、%3个行业领域，其中%4个完成评分。</translation>
    </message>
    <message>
        <source>Risk units by category</source>
        <translation>各类别风险单元</translation>
    </message>
    <message>
        <source>Risk units by category and final level.</source>
        <translation>各类别风险单元及其现实风险等级。</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Risk units by level per category</source>
        <translation>各类别风险单元等级分布</translation>
    </message>
    <message>
        <source>Risk units by sector</source>
        <translation>各行业领域风险单元</translation>
    </message>
    <message>
        <source>Risk units by sector and final level (sectors with units).</source>
        <translation>各行业领域风险单元及其现实风险等级（仅列有风险单元的行业领域）。</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>行业代码</translation>
    </message>
    <message>
        <source>Risk units by level per sector</source>
        <translation>各行业领域风险单元等级分布</translation>
    </message>
    <message>
        <source>Risk list</source>
        <translation>风险清单</translation>
    </message>
    <message>
        <source>The risk list below names every unit with its levels; it is also Annex A.</source>
        <translation>下表列出全部风险单元及其风险等级，另见附录A。</translation>
    </message>
    <message>
        <source>Risk list.</source>
        <translation>风险清单。</translation>
    </message>
    <message>
        <source>With %1 units the body lists the %2 major and %3 significant risk units; the %4 general and %5 low risk units and %6 units not assessed are summarised here and listed in full in Annex A.</source>
        <translation>共%1个风险单元，正文列出重大风险%2个和较大风险%3个；一般风险%4个、低风险%5个及未评估的%6个仅作汇总，完整清单见附录A。</translation>
    </message>
    <message>
        <source>Major and significant risk units.</source>
        <translation>重大和较大风险单元。</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>风险分析</translation>
    </message>
    <message>
        <source>Each unit's likelihood and consequence were scored with the method its category or sector is assigned; the parameters below are those of the method set actually used (SHA-256 %1).</source>
        <translation>各风险单元按其类别或行业领域所定的方法评估事故可能性和后果严重程度；以下为本次实际使用的方法参数（SHA-256 %1）。</translation>
    </message>
    <message>
        <source>Default method</source>
        <translation>默认方法</translation>
    </message>
    <message>
        <source>Method of sector %1</source>
        <translation>行业领域 %1 的方法</translation>
    </message>
    <message>
        <source>Method of category %1</source>
        <translation>类别 %1 的方法</translation>
    </message>
    <message>
        <source>Risk evaluation</source>
        <translation>风险评价</translation>
    </message>
    <message>
        <source>Inherent and realistic risk</source>
        <translation>固有风险与现实风险</translation>
    </message>
    <message>
        <source>The inherent level from the score is corrected by the unit's control level into the realistic (final) level: the score is multiplied by %1 for good, %2 for fair and %3 for poor control, then banded again.</source>
        <translation>由分值得出的固有风险等级按风险单元的管控水平修正为现实风险等级：管控水平好、中、差时分值分别乘以 %1、%2、%3 后重新分级。</translation>
    </message>
    <message>
        <source>The inherent level from the score is corrected by the unit's control level into the realistic (final) level: good %1, fair %2, poor %3 level(s), never below low nor above major.</source>
        <translation>由分值得出的固有风险等级按风险单元的管控水平修正为现实风险等级：管控水平好 %1 级、中 %2 级、差 %3 级，不低于低风险、不高于重大风险。</translation>
    </message>
    <message>
        <source>Units by inherent level (rows) and realistic level (columns).</source>
        <translation>风险单元按固有风险等级（行）和现实风险等级（列）统计。</translation>
    </message>
    <message>
        <source>Inherent \ realistic</source>
        <translation>固有 \ 现实</translation>
    </message>
    <message>
        <source>Major risks</source>
        <translation>重大风险</translation>
    </message>
    <message>
        <source>No unit is at major risk.</source>
        <translation>无重大风险单元。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) at major risk after correction.</source>
        <translation>
            <numerusform>修正后共有%n个重大风险单元。</numerusform>
        </translation>
    </message>
    <message>
        <source>Major-risk list.</source>
        <translation>重大风险清单。</translation>
    </message>
    <message>
        <source>Levels set by hand</source>
        <translation>人工调整等级</translation>
    </message>
    <message>
        <source>No level was set by hand.</source>
        <translation>无人工调整的风险等级。</translation>
    </message>
    <message numerus="yes">
        <source>The analyst set the final level of %n unit(s) by hand:</source>
        <translation>
            <numerusform>分析人员人工调整了%n个风险单元的现实风险等级：</numerusform>
        </translation>
    </message>
    <message>
        <source>Manual overrides with their reasons.</source>
        <translation>人工调整的风险等级及理由。</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Regional risk</source>
        <translation>区域综合风险</translation>
    </message>
    <message>
        <source>Regions take the highest final level of their units.</source>
        <translation>区域取其内风险单元现实风险等级的最高级。</translation>
    </message>
    <message>
        <source>Regions take the level of the weighted composite index of their units.</source>
        <translation>区域按其内风险单元的加权综合指数定级。</translation>
    </message>
    <message>
        <source>Regions take their level from the number of major and significant units per km².</source>
        <translation>区域按每平方公里重大和较大风险单元数定级。</translation>
    </message>
    <message>
        <source>District risk levels</source>
        <translation>区县风险等级</translation>
    </message>
    <message>
        <source>Four-colour map of the city's risk</source>
        <translation>城市安全风险四色图</translation>
    </message>
    <message>
        <source>District risk levels (in code order), with each category's level.</source>
        <translation>区县风险等级（按区划代码排序）及各类别风险等级。</translation>
    </message>
    <message>
        <source>Risk units by level per district</source>
        <translation>各区县风险单元等级分布</translation>
    </message>
    <message>
        <source>Street risk levels</source>
        <translation>街道风险等级</translation>
    </message>
    <message>
        <source>Grid risk levels</source>
        <translation>网格风险等级</translation>
    </message>
    <message>
        <source>%1 regions: %2 major, %3 significant, %4 general and %5 low risk.</source>
        <translation>共%1个区域：重大风险%2个、较大风险%3个、一般风险%4个、低风险%5个。</translation>
    </message>
    <message>
        <source>Region risk levels (in code order).</source>
        <translation>区域风险等级（按代码排序）。</translation>
    </message>
    <message>
        <source>Risk by category</source>
        <translation>各类别风险</translation>
    </message>
    <message>
        <source>%1 risk distribution map</source>
        <translation>%1风险分布图</translation>
    </message>
    <message>
        <source>Control measures</source>
        <translation>管控对策建议</translation>
    </message>
    <message>
        <source>Measures follow the final level of each unit and name the responsible departments.</source>
        <translation>管控措施按风险单元的现实风险等级分级提出，并明确责任部门。</translation>
    </message>
    <message>
        <source>%1 units at this level.</source>
        <translation>该等级风险单元%1个。</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Every risk unit, by unit ID.</source>
        <translation>全部风险单元（按单位编号排序）。</translation>
    </message>
    <message>
        <source>The complete risk list of %1 units is delivered as a spreadsheet (the risk-list export); the %2 major and significant risk units are listed in section 3.3.</source>
        <translation>全部%1个风险单元的完整风险清单以电子表格（风险清单导出）提供；%2个重大和较大风险单元见3.3节。</translation>
    </message>
    <message>
        <source>Parameter tables</source>
        <translation>参数表</translation>
    </message>
    <message>
        <source>Colours of the risk levels (RGB).</source>
        <translation>风险等级颜色（RGB）。</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>n/km²</source>
        <translation>个/km²</translation>
    </message>
    <message>
        <source>Density rule: major and significant units per km² (lower bound inclusive unless stated).</source>
        <translation>密度规则：每平方公里重大和较大风险单元数（除另有说明外含下限）。</translation>
    </message>
    <message>
        <source>Data sources and coordinate reference system</source>
        <translation>数据来源与坐标系</translation>
    </message>
    <message>
        <source>Coordinate reference system: %1</source>
        <translation>坐标参考系：%1</translation>
    </message>
    <message>
        <source>Files imported into the project:</source>
        <translation>导入项目的数据文件：</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>可追溯性信息</translation>
    </message>
    <message>
        <source>Method set hash (SHA-256): %1</source>
        <translation>方法集哈希值（SHA-256）：%1</translation>
    </message>
    <message>
        <source>Audit chain head hash: %1</source>
        <translation>审计链最新哈希值：%1</translation>
    </message>
    <message>
        <source>(no audit entry)</source>
        <translation>（无审计记录）</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>City Safety Risk Assessment Report</source>
        <translation>城市安全风险评估报告</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>the assessing organisation</source>
        <translation>评估单位</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>委托方</translation>
    </message>
    <message>
        <source>District atlas</source>
        <translation>区县风险图集</translation>
    </message>
    <message>
        <source>One map page per district, in code order: the district's regions and units in their levels' colours, its neighbours faded.</source>
        <translation>按区划代码顺序，每个区县一页风险分布图：本区县的区域和风险单元按风险等级着色，相邻区县淡化显示。</translation>
    </message>
    <message>
        <source>%1 (%2) risk distribution map</source>
        <translation>%1（%2）风险分布图</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>As of %1 the register holds %2 hidden dangers, %3 of them major: %4 rectified (rectification rate %5), %6 of them closed after verification; %7 still open, %8 of them past their deadline.</source>
        <translation>截至%1，隐患台账共有事故隐患%2项，其中重大事故隐患%3项；已整改%4项（整改率%5），其中经复核销号%6项；尚未整改%7项，其中逾期%8项。</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Hidden dangers by grade.</source>
        <translation>按隐患等级统计</translation>
    </message>
    <message>
        <source>All</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>督办轮次</translation>
    </message>
    <message>
        <source>Hidden dangers by round.</source>
        <translation>按督办轮次统计</translation>
    </message>
    <message>
        <source>Hidden dangers by district (in code order).</source>
        <translation>按区县统计（按区划代码排序）</translation>
    </message>
    <message>
        <source>Outside every district</source>
        <translation>不在任何区县内</translation>
    </message>
    <message>
        <source>Overdue hidden dangers, most days past the deadline first.</source>
        <translation>逾期未整改事故隐患（按逾期天数由多到少排列）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>隐患编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Major hidden dangers listed for supervision (挂牌督办).</source>
        <translation>挂牌督办的重大事故隐患</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>挂牌级别</translation>
    </message>
    <message>
        <source>Hidden-danger governance</source>
        <translation>事故隐患排查治理</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>%1 (assessed %2)</source>
        <translation>%1（%2 评估）</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上期</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>本期</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Risk units by final level, previous and now.</source>
        <translation>上期与本期各最终等级的风险单元数量。</translation>
    </message>
    <message>
        <source>Risk level changes since the previous assessment</source>
        <translation>与上期相比的风险等级变化图</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Previous level</source>
        <translation>上期等级</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>本期等级</translation>
    </message>
    <message>
        <source>Regions whose level changed (in code order).</source>
        <translation>等级变化的区域（按代码排序）。</translation>
    </message>
    <message>
        <source>Units whose level changed (by unit ID).</source>
        <translation>等级变化的风险单元（按编号排序）。</translation>
    </message>
    <message>
        <source>No unit changed its final level.</source>
        <translation>没有风险单元的最终等级发生变化。</translation>
    </message>
    <message>
        <source>Comparison with the previous assessment</source>
        <translation>与上期评估对比</translation>
    </message>
    <message>
        <source>Compared with the previous assessment, %1: units with a higher final level %2, with a lower one %3; new units %4, units no longer listed %5, units with the same level %6. Regions with a higher level %7, with a lower one %8. Units are matched by unit ID, regions by kind and code.</source>
        <translation>与上期评估（%1）相比，%2 个风险单元的最终等级升级，%3 个降级；新增 %4 个风险单元，%5 个不再列入，%6 个等级未变。区域中 %7 个升级，%8 个降级。风险单元按编号对应，区域按类型和代码对应。</translation>
    </message>
    <message>
        <source>%1 more units changed level; comparing the two project files lists them all.</source>
        <translation>另有 %1 个风险单元等级变化；对比两期项目文件可列出全部。</translation>
    </message>
</context>
<context>
    <name>ReportTemplateArchive</name>
    <message>
        <source>%1: the logo must be a PNG image</source>
        <translation>%1：标志须为 PNG 图像</translation>
    </message>
    <message>
        <source>%1: not a JSON object of project facts (%2)</source>
        <translation>%1：不是项目信息的 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>不是对象</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: holds no report template file (zh/purpose.md … en/disclaimer.md, logo.png, report.json)</source>
        <translation>%1：不含任何报告模板文件（zh/purpose.md … en/disclaimer.md、logo.png、report.json）</translation>
    </message>
    <message>
        <source>the stored report template is damaged</source>
        <translation>项目中保存的报告模板已损坏</translation>
    </message>
    <message>
        <source>the stored report template is damaged (%1)</source>
        <translation>项目中保存的报告模板已损坏（%1）</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1：无法写入：%2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: cannot start writing the PDF</source>
        <translation>%1：无法开始写入 PDF</translation>
    </message>
</context>
<context>
    <name>ReviewMinutes</name>
    <message>
        <source>%1 (before the review)</source>
        <translation>%1（评审前）</translation>
    </message>
    <message>
        <source>%1 (after the review)</source>
        <translation>%1（评审后）</translation>
    </message>
    <message>
        <source>Minutes of the Risk Assessment Review Session</source>
        <translation>风险评估评审会议纪要</translation>
    </message>
    <message>
        <source>The Meeting</source>
        <translation>会议概况</translation>
    </message>
    <message>
        <source>On %1, %2 was held at %3, chaired by %4, to review the risk assessment of %5.</source>
        <translation>%1，%2在%3召开，由%4主持，对%5城市安全风险评估成果进行评审。</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>会议名称</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>评估项目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>主持人</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会人员</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>尚未结束</translation>
    </message>
    <message>
        <source>The review session</source>
        <translation>评审会基本情况</translation>
    </message>
    <message>
        <source>Changes Agreed</source>
        <translation>评审调整事项</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>调整内容</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>评审前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>评审后</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>%1 changes were made during the session, to %2 risk units; %3 units and %4 regions changed their risk level.</source>
        <translation>评审会期间共作出 %1 项调整，涉及 %2 个风险单元；%3 个风险单元、%4 个区域的风险等级发生变化。</translation>
    </message>
    <message>
        <source>Changes made during the review session</source>
        <translation>评审会期间的调整</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Risk levels changed by the review</source>
        <translation>评审后风险等级发生变化的单元与区域</translation>
    </message>
    <message>
        <source>Risk Levels Before and After</source>
        <translation>评审前后风险等级对比</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Risk units by level before and after the review</source>
        <translation>评审前后各等级风险单元数量</translation>
    </message>
    <message>
        <source>City risk distribution before (left) and after (right) the review</source>
        <translation>评审前（左）与评审后（右）城市安全风险分布</translation>
    </message>
    <message>
        <source>Hidden-Danger Governance</source>
        <translation>事故隐患排查治理</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>审计记录</translation>
    </message>
    <message>
        <source>The session is recorded in the project's audit log as entries %1 to %2. The log is a hash chain: each entry carries the SHA-256 hash of the one before, so that no entry can be changed, removed or reordered unnoticed.</source>
        <translation>本次评审会记录于项目审计日志第 %1 至第 %2 条。审计日志为哈希链：每条记录均包含前一条记录的 SHA-256 哈希值，任何记录被修改、删除或调换顺序都会被发现。</translation>
    </message>
    <message>
        <source>The chain was verified intact when these minutes were written.</source>
        <translation>生成本纪要时已校验，审计链完整。</translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>链头哈希值：%1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>签字确认</translation>
    </message>
    <message>
        <source>Chair: %1   Signature: %2   Date: %3</source>
        <translation>主持人：%1　签字：%2　日期：%3</translation>
    </message>
    <message>
        <source>Recorded by: %1   Signature: %2   Date: %3</source>
        <translation>记录人：%1　签字：%2　日期：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>WARNING: the audit chain did not verify when these minutes were written: an entry was changed, removed or reordered.</source>
        <translation>警告：生成本纪要时审计链校验未通过：有记录被修改、删除或调换了顺序。</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>the review session needs a title</source>
        <translation>评审会须填写会议名称</translation>
    </message>
    <message>
        <source>the date "%1" is not a date of the form YYYY-MM-DD</source>
        <translation>日期“%1”不是 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>the review session needs a chair</source>
        <translation>评审会须填写主持人</translation>
    </message>
    <message>
        <source>the review session needs its participants</source>
        <translation>评审会须填写参会人员</translation>
    </message>
</context>
<context>
    <name>RiskAtlasCli</name>
    <message>
        <source>Try: riskatlas-cli %1 --help</source>
        <translation>请尝试：riskatlas-cli %1 --help</translation>
    </message>
    <message>
        <source>expected %1, got %2 argument(s)</source>
        <translation>应提供参数 %1，实际提供了 %2 个参数</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>错误：</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>警告：</translation>
    </message>
    <message>
        <source>riskatlas-cli: unknown command "%1"</source>
        <translation>riskatlas-cli：未知命令“%1”</translation>
    </message>
    <message>
        <source>zh (default) or en.</source>
        <translation>zh（默认）或 en。</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--language %1: expected zh or en</source>
        <translation>--language %1：应为 zh 或 en</translation>
    </message>
    <message>
        <source>Prints the figures of the last assessment.</source>
        <translation>输出最近一次评估的统计数据。</translation>
    </message>
    <message>
        <source>JSON on stdout (schema: resources/schemas/summary.schema.json).</source>
        <translation>以 JSON 格式输出到标准输出（结构定义：resources/schemas/summary.schema.json）。</translation>
    </message>
    <message>
        <source>units %1, scored %2, unscored %3, outside regions %4</source>
        <translation>风险单元 %1，已评分 %2，未评分 %3，区域外 %4</translation>
    </message>
    <message>
        <source>wrote %1 units to %2</source>
        <translation>已将 %1 个风险单元写入 %2</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>PNG 输出分辨率（默认 300）。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--dpi %1: expected a number from 30 to 1200</source>
        <translation>--dpi %1：应为 30 至 1200 之间的数值</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation>
            <numerusform>发现 %n 个问题；未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates a new, empty RiskAtlas project (GeoPackage).</source>
        <translation>创建新的空白 RiskAtlas 项目（GeoPackage）。</translation>
    </message>
    <message>
        <source>Project (city) name.</source>
        <translation>项目（城市）名称。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Project CRS, e.g. EPSG:4549; default: from the first imported layer.</source>
        <translation>项目坐标参考系，如 EPSG:4549；默认采用首个导入图层的坐标参考系。</translation>
    </message>
    <message>
        <source>EPSG:n</source>
        <translation>EPSG:n</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>替换已有文件。</translation>
    </message>
    <message>
        <source>created %1 (%2)</source>
        <translation>已创建 %1（%2）</translation>
    </message>
    <message>
        <source>Layer of a multi-layer file.</source>
        <translation>要导入的图层（适用于多图层文件）。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Map a field to a column, e.g. --map id=统一社会信用代码 (repeatable).</source>
        <translation>将字段映射到列，如 --map id=统一社会信用代码（可重复使用）。</translation>
    </message>
    <message>
        <source>TARGET=COLUMN</source>
        <translation>TARGET=COLUMN</translation>
    </message>
    <message>
        <source>--map %1: expected TARGET=COLUMN</source>
        <translation>--map %1：应为 TARGET=COLUMN 格式</translation>
    </message>
    <message>
        <source>units</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Imports region polygons, replacing the project's regions of that kind.</source>
        <translation>导入区域面，并替换项目中同类型的全部区域。</translation>
    </message>
    <message>
        <source>Field holding the region name.</source>
        <translation>区域名称所在字段。</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Field holding the region code.</source>
        <translation>区域代码所在字段。</translation>
    </message>
    <message>
        <source>district (default), street or grid.</source>
        <translation>district（默认）、street 或 grid。</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>--kind %1: expected district, street or grid</source>
        <translation>--kind %1：应为 district、street 或 grid</translation>
    </message>
    <message>
        <source>regions (%1)</source>
        <translation>区域（%1）</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>left unscored: %1</source>
        <translation>未评分：%1</translation>
    </message>
    <message>
        <source>assessed %1 units: %2 scored, %3 unscored, %4 outside every region; %5 level change(s); method set %6</source>
        <translation>已评估 %1 个风险单元：已评分 %2 个，未评分 %3 个，不在任何区域内 %4 个；风险等级变化 %5 个；方法集 %6</translation>
    </message>
    <message>
        <source>Scores every unit with the project's method set and aggregates the regions; lists every unit whose level changed and why.</source>
        <translation>使用项目方法集对所有风险单元评分，并汇总区域风险等级；列出风险等级发生变化的每个风险单元及其原因。</translation>
    </message>
    <message>
        <source>Score every unit with this method's default parameters, for this run only: matrix, lec or mes.</source>
        <translation>仅在本次评估中使用指定方法的默认参数对所有风险单元评分，可选：matrix、lec 或 mes。</translation>
    </message>
    <message>
        <source>Make this method set file the project's own, then score with it.</source>
        <translation>将该方法集文件设为项目的方法集，然后据此评分。</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>--method and --method-set exclude each other</source>
        <translation>--method 与 --method-set 不能同时使用</translation>
    </message>
    <message>
        <source>usage: riskatlas-cli %1 %2</source>
        <translation>用法：riskatlas-cli %1 %2</translation>
    </message>
    <message>
        <source>method set %1</source>
        <translation>方法集 %1</translation>
    </message>
    <message>
        <source>  default: %1</source>
        <translation>  默认：%1</translation>
    </message>
    <message>
        <source>  category %1: %2</source>
        <translation>  类别 %1：%2</translation>
    </message>
    <message>
        <source>  sector %1: %2</source>
        <translation>  行业领域 %1：%2</translation>
    </message>
    <message>
        <source>  composite weights by AHP: CR = %1</source>
        <translation>  综合指数权重采用层次分析法（AHP）：一致性比率 CR = %1</translation>
    </message>
    <message>
        <source>wrote method set %1 to %2</source>
        <translation>已将方法集 %1 写入 %2</translation>
    </message>
    <message>
        <source>the project now uses this method set; run assess to apply it</source>
        <translation>项目已改用该方法集；请运行 assess 以应用</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Method sets: export the project's (or a past run's) to JSON, import one, validate a file, list the shipped templates. Schema: resources/schemas/method-set.schema.json.</source>
        <translation>方法集：将项目（或以往某次评估）的方法集导出为 JSON，导入方法集，校验文件，列出随附的模板。结构定义：resources/schemas/method-set.schema.json。</translation>
    </message>
    <message>
        <source>export: the method set of a past run (hash).</source>
        <translation>export：以往某次评估所用的方法集（哈希值）。</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>import: a shipped template by name.</source>
        <translation>import：按名称导入随附的模板。</translation>
    </message>
    <message>
        <source>validate: check sector and category codes against this project.</source>
        <translation>validate：对照该项目检查行业领域代码和类别代码。</translation>
    </message>
    <message>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <source>unknown action "%1" (export, import, validate, templates)</source>
        <translation>未知操作“%1”（可用操作：export、import、validate、templates）</translation>
    </message>
    <message>
        <source>The project's categories and sectors: export them to JSON to rename, add, remove or regroup sectors, and import the edited file.</source>
        <translation>项目的类别和行业领域：导出为 JSON 后可重命名、添加、删除行业领域或调整其所属类别，再导入编辑后的文件。</translation>
    </message>
    <message>
        <source>unknown action "%1" (export, import)</source>
        <translation>未知操作“%1”（可用操作：export、import）</translation>
    </message>
    <message numerus="yes">
        <source>the project now has %n sector(s)</source>
        <translation>
            <numerusform>项目现有 %n 个行业领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) lie outside every region: %1</source>
        <translation>
            <numerusform>%n 个风险单元不在任何区域内：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>unit %1 has no position; it is placed by its region</source>
        <translation>风险单元 %1 无坐标；按所属区域定位</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of this file are no longer listed in it and were kept: %1</source>
        <translation>
            <numerusform>原由该文件导入的 %n 个风险单元在文件中已不再列出，已予保留：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged; project CRS %5</source>
        <translation>%1：新增 %2 个，已更新 %3 个，未变更 %4 个；项目坐标参考系 %5</translation>
    </message>
    <message>
        <source>CRS of the coordinates when the file states none; CSV default EPSG:4326.</source>
        <translation>文件未声明坐标参考系时坐标所用的坐标参考系；CSV 默认为 EPSG:4326。</translation>
    </message>
    <message>
        <source>Text encoding of a CSV or a shapefile without .cpg, e.g. GBK; UTF-8 and GB18030 are recognised by themselves.</source>
        <translation>CSV 或无 .cpg 文件的 shapefile 的文本编码，如 GBK；UTF-8 和 GB18030 可自动识别。</translation>
    </message>
    <message>
        <source>On failure, also write every problem to this CSV file.</source>
        <translation>导入失败时，同时将全部问题写入此 CSV 问题清单文件。</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Imports risk units (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS with coordinate, WKT or region columns); units are upserted by id. All rows are checked first: any problem imports nothing.</source>
        <translation>导入风险单元（GeoPackage、shapefile、GeoJSON、KML，或含坐标列、WKT 列或区域列的 CSV、XLSX、ODS）；按编号新增或更新风险单元。导入前先检查所有行，发现任何问题则不导入任何数据。</translation>
    </message>
    <message>
        <source>Row holding the column names, for sheets with title rows above it.</source>
        <translation>列名所在的行（表头行），适用于表头行上方有标题行的表格。</translation>
    </message>
    <message>
        <source>Remove web-map offsets: gcj02 (AMap, Tencent) or bd09 (Baidu).</source>
        <translation>去除网络地图坐标偏移：gcj02（火星坐标 GCJ-02，高德、腾讯）或 bd09（百度坐标 BD-09）。</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>--header-row %1: expected a row number from 1</source>
        <translation>--header-row %1：应为从 1 开始的行号</translation>
    </message>
    <message>
        <source>--coordinates %1: expected gcj02 or bd09</source>
        <translation>--coordinates %1：应为 gcj02 或 bd09</translation>
    </message>
    <message>
        <source>Field holding the code of the region each one lies in (a street's district).</source>
        <translation>上级区域代码所在字段（如街道所属区县的代码）。</translation>
    </message>
    <message>
        <source>Covers the city (the union of its districts) with grid cells clipped to its boundary; they replace the project's grid regions.</source>
        <translation>以网格覆盖全市（全部区县的并集），网格按市界裁剪；生成的网格将替换项目中现有的网格区域。</translation>
    </message>
    <message>
        <source>Cell size in metres (square side, or distance between hexagon centres).</source>
        <translation>网格大小，单位为米（正方形为边长，六边形为中心间距）。</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>METRES</translation>
    </message>
    <message>
        <source>square (default) or hex.</source>
        <translation>square（正方形，默认）或 hex（六边形）。</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>SHAPE</translation>
    </message>
    <message>
        <source>--cell-size: expected a size in metres greater than 0</source>
        <translation>--cell-size：应为大于 0 的尺寸（单位：米）</translation>
    </message>
    <message>
        <source>--shape %1: expected square or hex</source>
        <translation>--shape %1：应为 square 或 hex</translation>
    </message>
    <message>
        <source>regions (grid)</source>
        <translation>区域（网格）</translation>
    </message>
    <message>
        <source>How regions take their level: max (highest unit level, the default), weighted (composite index) or density (major and significant units per km²). The project keeps the rule for later runs.</source>
        <translation>区域风险等级的确定规则：max（取风险单元最高等级，默认）、weighted（加权综合指数）或 density（每平方千米重大和较大风险单元数量）。项目会保留该规则供后续评估使用。</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>--aggregation %1: expected %2</source>
        <translation>--aggregation %1：应为 %2</translation>
    </message>
    <message>
        <source>Exports the four-colour risk map: PDF or SVG (vector, text kept as text), or PNG with a world file.</source>
        <translation>导出风险四色图：PDF 或 SVG（矢量，文字保留为文本），或附带坐标文件（world file）的 PNG。</translation>
    </message>
    <message>
        <source>A4, A3 (default), A2, A1 or A0.</source>
        <translation>A4、A3（默认）、A2、A1 或 A0。</translation>
    </message>
    <message>
        <source>landscape (default) or portrait.</source>
        <translation>landscape（横向，默认）或 portrait（纵向）。</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <source>Regions to colour: district (default), street or grid.</source>
        <translation>着色的区域类型：district（区县，默认）、street（街道）或 grid（网格）。</translation>
    </message>
    <message>
        <source>--paper %1: expected A4, A3, A2, A1 or A0</source>
        <translation>--paper %1：应为 A4、A3、A2、A1 或 A0</translation>
    </message>
    <message>
        <source>--orientation %1: expected landscape or portrait</source>
        <translation>--orientation %1：应为 landscape 或 portrait</translation>
    </message>
    <message>
        <source>Map one category: its units and the regions' level for it.</source>
        <translation>只绘制一个类别：该类别的风险单元及各区域在该类别上的风险等级。</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--category %1: the project's categories are %2</source>
        <translation>--category %1：项目的类别为 %2</translation>
    </message>
    <message>
        <source>One page per district: one multi-page PDF, or OUT_&lt;district code&gt;.png/.svg per page.</source>
        <translation>每个区县一页：PDF 为一个多页文件，PNG/SVG 每页一个文件 OUT_&lt;区县代码&gt;.png/.svg。</translation>
    </message>
    <message>
        <source>A QGIS layout template (.qpt) instead of the user folder's or the built-in one; it needs a map item with the id "map".</source>
        <translation>QGIS 版式模板（.qpt），代替用户模板文件夹中的或内置的模板；模板须含编号为“map”的地图项。</translation>
    </message>
    <message>
        <source>FILE.qpt</source>
        <translation>文件.qpt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>--template %1: no such file</source>
        <translation>--template %1：文件不存在</translation>
    </message>
    <message>
        <source>--basemap %1: refused: %2</source>
        <translation>--basemap %1：拒绝使用：%2</translation>
    </message>
    <message>
        <source>Read and place every unit again, even when only the method set or the aggregation rule changed since the last run.</source>
        <translation>重新读取并定位全部单元，即使自上次评估以来只改变了方法集或汇总规则。</translation>
    </message>
    <message>
        <source>Basemap: an XYZ tile URL with {x} {y} {z} (e.g. Tianditu), a WMTS capabilities URL or a QGIS WMS/WMTS source; left out with a note when unreachable. Default: $RISKATLAS_BASEMAP; "none" for no basemap.</source>
        <translation>底图：含 {x} {y} {z} 的 XYZ 瓦片地址（如天地图）、WMTS 能力文档地址或 QGIS WMS/WMTS 数据源；无法访问时不加底图并在图上注明。默认取 $RISKATLAS_BASEMAP；“none” 表示不加底图。</translation>
    </message>
    <message>
        <source>RISKATLAS_BASEMAP %1: refused: %2</source>
        <translation>RISKATLAS_BASEMAP %1：拒绝使用：%2</translation>
    </message>
    <message>
        <source>--encoding %1: unknown encoding</source>
        <translation>--encoding %1：未知的编码</translation>
    </message>
    <message>
        <source>--header-row must be 1 or more</source>
        <translation>--header-row 不得小于 1</translation>
    </message>
    <message>
        <source>--source-crs %1: unknown coordinate reference system</source>
        <translation>--source-crs %1：未知的坐标参考系</translation>
    </message>
    <message>
        <source>outside China: --coordinates gcj02/bd09 applies only inside China</source>
        <translation>位于中国境外：--coordinates gcj02/bd09 仅适用于中国境内</translation>
    </message>
    <message>
        <source>%1; for projected coordinates give --source-crs EPSG:n</source>
        <translation>%1；如为投影坐标，请用 --source-crs EPSG:n 指定坐标参考系</translation>
    </message>
    <message>
        <source>%1; use --overwrite to replace it</source>
        <translation>%1；如需替换，请使用 --overwrite</translation>
    </message>
    <message>
        <source>%1; import some with import-units</source>
        <translation>%1；请先使用 import-units 导入</translation>
    </message>
    <message>
        <source>%1; import them with import-regions first</source>
        <translation>%1；请先使用 import-regions 导入</translation>
    </message>
    <message>
        <source>%1; run assess --full</source>
        <translation>%1；请运行 assess --full</translation>
    </message>
    <message>
        <source>%1: --%2 %3: no such field (fields: %4)</source>
        <translation>%1：--%2 %3：字段不存在（现有字段：%4）</translation>
    </message>
    <message>
        <source>%1; name it with --name-field FIELD</source>
        <translation>%1；请用 --name-field FIELD 指定</translation>
    </message>
    <message>
        <source>%1; name it with --map %2=COLUMN</source>
        <translation>%1；请用 --map %2=COLUMN 指定</translation>
    </message>
    <message>
        <source>%1; name one with --map longitude=COLUMN --map latitude=COLUMN</source>
        <translation>%1；请用 --map longitude=COLUMN --map latitude=COLUMN 指定</translation>
    </message>
    <message>
        <source>%1; give --source-crs EPSG:n</source>
        <translation>%1；请用 --source-crs EPSG:n 指定</translation>
    </message>
    <message>
        <source>%1; give the file's encoding with --encoding</source>
        <translation>%1；请用 --encoding 指定文件编码</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one with --layer (%3)</source>
        <translation>%1：文件包含 %2 个图层；请用 --layer 选择其一（%3）</translation>
    </message>
    <message>
        <source>--coordinates gcj02/bd09 needs longitude/latitude, but the source CRS is %1</source>
        <translation>--coordinates gcj02/bd09 要求经纬度坐标，但源坐标参考系为 %1</translation>
    </message>
    <message>
        <source>--cell-size %1 would make about %2 cells; the limit is %3</source>
        <translation>--cell-size %1 将生成约 %2 个网格；上限为 %3 个</translation>
    </message>
    <message>
        <source>%1; restore it from a backup copy</source>
        <translation>%1；请从备份副本恢复</translation>
    </message>
    <message>
        <source>standard output: cannot write: %1</source>
        <translation>标准输出：无法写入：%1</translation>
    </message>
    <message>
        <source>%1: audit entry #%2 was altered: its fields no longer give its hash</source>
        <translation>%1：审计记录 #%2 已被篡改：其内容与其哈希值不符</translation>
    </message>
    <message>
        <source>%1: audit entry #%2 does not follow the entry before it: an entry was removed or the entries were reordered</source>
        <translation>%1：审计记录 #%2 与前一条记录不衔接：有记录被删除或记录顺序被调换</translation>
    </message>
    <message>
        <source>Prints the project's audit log (who changed what, when and why), oldest first.</source>
        <translation>按时间先后输出项目的审计日志（谁在何时修改了什么、为什么）。</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 1 naming the first bad entry.</source>
        <translation>校验哈希链；链条断裂时指出第一条有问题的记录并以退出码 1 结束。</translation>
    </message>
    <message>
        <source>JSON on stdout (see docs/cli.md).</source>
        <translation>以 JSON 输出到标准输出（见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message numerus="yes">
        <source>audit chain intact: %n record(s), head %1</source>
        <translation>
            <numerusform>审计链完整：共 %n 条记录，链头 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the risk list (风险清单) as CSV (UTF-8 with BOM) or as an XLSX spreadsheet.</source>
        <translation>输出风险清单：CSV（带 BOM 的 UTF-8）或 XLSX 电子表格。</translation>
    </message>
    <message>
        <source>zh or en: headers, names and levels in that language, with each unit's coordinates. Without it a CSV keeps the documented columns and an XLSX is in Chinese.</source>
        <translation>zh 或 en：表头、名称和风险等级使用该语言，并附各风险单元的坐标。不指定时，CSV 保持文档规定的列，XLSX 为中文。</translation>
    </message>
    <message>
        <source>Writes the assessment report, by the output's extension: an A4 PDF, a DOCX, ODT or HTML document (through pandoc), or an XLSX spreadsheet of the risk list, the region table and the sector statistics.</source>
        <translation>按输出文件扩展名生成评估报告：A4 PDF，DOCX、ODT 或 HTML 文档（经 pandoc 生成），或含风险清单、区域风险表和行业统计的 XLSX 电子表格。</translation>
    </message>
    <message>
        <source>A folder with the report's wording, logo and project facts, before the user folder and the built-in set.</source>
        <translation>报告措辞、标志和项目信息所在的文件夹，优先于用户文件夹和内置模板。</translation>
    </message>
    <message>
        <source>The report template the project carries (its wording, logo.png and report.json): show lists its files, store copies a template folder into the project, export writes it out, clear removes it. Reports use it after --template and before the user folder.</source>
        <translation>项目自带的报告模板（措辞、logo.png 和 report.json）：show 列出其文件，store 将模板文件夹复制到项目中，export 将其导出，clear 将其删除。生成报告时，它排在 --template 之后、用户文件夹之前。</translation>
    </message>
    <message>
        <source>unknown action "%1" (show, store, export, clear)</source>
        <translation>未知操作“%1”（show、store、export、clear）</translation>
    </message>
    <message>
        <source>%1 needs the template folder DIR</source>
        <translation>%1 需要模板文件夹 DIR</translation>
    </message>
    <message>
        <source>%1 takes no folder</source>
        <translation>%1 不接受文件夹参数</translation>
    </message>
    <message>
        <source>no report template stored in the project</source>
        <translation>项目中未保存报告模板</translation>
    </message>
    <message numerus="yes">
        <source>stored %n file(s): %1</source>
        <translation>
            <numerusform>已保存 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>the project carries no report template</source>
        <translation>项目已不带报告模板</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>raised %1, lowered %2, new %3, removed %4, unchanged %5</source>
        <translation>升级 %1，降级 %2，新增 %3，移除 %4，未变 %5</translation>
    </message>
    <message>
        <source>Compares two assessments of a city (before and after a review, or last year's project and this year's): the units and regions whose final level changed, matched by unit id and region code, and the units by level in each.</source>
        <translation>比较一个城市的两次评估（评审前后，或上一年与本年的项目）：按单元编号和区划代码匹配，列出现实风险等级发生变化的风险单元和区域，以及两次评估各等级的单元数。</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>风险单元：%1</translation>
    </message>
    <message>
        <source>regions: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>units by level (old → new):</source>
        <translation>各等级风险单元数（原 → 新）：</translation>
    </message>
    <message>
        <source>regions changed:</source>
        <translation>等级变化的区域：</translation>
    </message>
    <message>
        <source>units changed:</source>
        <translation>等级变化的风险单元：</translation>
    </message>
    <message>
        <source>Explains why a unit or a region has its level: the method, the inputs with their meaning, the matrix cell or the score band, the control-level correction and any override; for a region, the units, index or density that decided it.</source>
        <translation>说明风险单元或区域为何是该等级：评估方法、各输入及其含义、矩阵单元格或分值区间、管控水平修正及人工调整；区域则给出决定其等级的风险单元、指数或密度。</translation>
    </message>
    <message>
        <source>JSON on stdout (schema: resources/schemas/explanation.schema.json).</source>
        <translation>在标准输出打印 JSON（结构见 resources/schemas/explanation.schema.json）。</translation>
    </message>
    <message>
        <source>GB/T 42768-style 5×5 risk matrix for every sector</source>
        <translation>全部行业领域采用 GB/T 42768 式 5×5 风险矩阵</translation>
    </message>
    <message>
        <source>4×4 risk matrix with a cell-by-cell level table</source>
        <translation>4×4 风险矩阵（逐格等级表）</translation>
    </message>
    <message>
        <source>LEC (Graham–Kinney) for every sector</source>
        <translation>全部行业领域采用 LEC 法（格雷厄姆–金尼法）</translation>
    </message>
    <message>
        <source>MES for every sector</source>
        <translation>全部行业领域采用 MES 法</translation>
    </message>
    <message>
        <source>City default: LEC for urban industry, MES for ammonia refrigeration, 4×4 matrix for natural disasters, 5×5 matrix elsewhere</source>
        <translation>城市默认：城市工业采用 LEC 法，涉氨制冷采用 MES 法，自然灾害采用 4×4 风险矩阵，其余采用 5×5 风险矩阵</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>显示本帮助。</translation>
    </message>
    <message>
        <source>district</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4, %5 units</source>
        <translation>  %1 %2（%3）：%4，%5 个风险单元</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>hidden dangers as of %1</source>
        <translation>截至 %1 的隐患</translation>
    </message>
    <message>
        <source>total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>by grade</source>
        <translation>按隐患等级</translation>
    </message>
    <message>
        <source>by round</source>
        <translation>按督办轮次</translation>
    </message>
    <message>
        <source>by district</source>
        <translation>按区县</translation>
    </message>
    <message>
        <source>by sector</source>
        <translation>按行业领域</translation>
    </message>
    <message>
        <source>--%1 %2: expected a date YYYY-MM-DD</source>
        <translation>--%1 %2：应为日期 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--grade %1: expected general or major</source>
        <translation>--grade %1：应为 general 或 major</translation>
    </message>
    <message>
        <source>--status %1: expected found, assigned, rectifying, rectified or closed</source>
        <translation>--status %1：应为 found、assigned、rectifying、rectified 或 closed</translation>
    </message>
    <message>
        <source>usage: riskatlas-cli hazards %1</source>
        <translation>用法：riskatlas-cli hazards %1</translation>
    </message>
    <message>
        <source>hidden dangers: %1 added, %2 updated, %3 unchanged</source>
        <translation>隐患：新增 %1，更新 %2，未变 %3</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n hidden danger(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条隐患写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>整改期限</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden danger(s) as of %1</source>
        <translation>
            <numerusform>截至 %1 共 %n 条隐患</numerusform>
        </translation>
    </message>
    <message>
        <source>give --status or --deadline</source>
        <translation>请给出 --status 或 --deadline</translation>
    </message>
    <message>
        <source>%1; give --reason</source>
        <translation>%1；请用 --reason 说明原因</translation>
    </message>
    <message>
        <source>hidden danger %1: %2, deadline %3</source>
        <translation>隐患 %1：%2，整改期限 %3</translation>
    </message>
    <message>
        <source>list, export, stats: judge overdue on this date (default today).</source>
        <translation>list、export、stats：按此日期判断是否逾期（默认今天）。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>list, export, stats: only overdue hidden dangers.</source>
        <translation>list、export、stats：只含逾期隐患。</translation>
    </message>
    <message>
        <source>list, export, stats: only this grade.</source>
        <translation>list、export、stats：只含此等级。</translation>
    </message>
    <message>
        <source>general|major</source>
        <translation>general|major</translation>
    </message>
    <message>
        <source>list, export, stats: only this round.</source>
        <translation>list、export、stats：只含此督办轮次。</translation>
    </message>
    <message>
        <source>list, export, stats: only this district (code).</source>
        <translation>list、export、stats：只含此区县（区划代码）。</translation>
    </message>
    <message>
        <source>list, export, stats: only this unit's.</source>
        <translation>list、export、stats：只含此风险单元的隐患。</translation>
    </message>
    <message>
        <source>UNIT_ID</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>update: the new status; list, export, stats: only this status.</source>
        <translation>update：新的状态；list、export、stats：只含此状态。</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>list, stats: JSON on stdout (docs/cli.md).</source>
        <translation>list、stats：在标准输出写 JSON（见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>update: the date of the step (rectified or closed).</source>
        <translation>update：此步骤的日期（整改完成或销号）。</translation>
    </message>
    <message>
        <source>update: the date rectified, when closing straight away.</source>
        <translation>update：直接销号时的整改完成日期。</translation>
    </message>
    <message>
        <source>update: who verified a closure.</source>
        <translation>update：销号的复核人。</translation>
    </message>
    <message>
        <source>update: a new deadline (needs --reason).</source>
        <translation>update：新的整改期限（需要 --reason）。</translation>
    </message>
    <message>
        <source>update: why (required to reopen or to move the deadline).</source>
        <translation>update：原因（重新打开或变更整改期限时必填）。</translation>
    </message>
    <message>
        <source>import: the sheet of a workbook.</source>
        <translation>import：工作簿中的工作表。</translation>
    </message>
    <message>
        <source>import: text encoding of a CSV, e.g. GBK; UTF-8 and GB18030 are recognised by themselves.</source>
        <translation>import：CSV 的文本编码，例如 GBK；UTF-8 和 GB18030 可自动识别。</translation>
    </message>
    <message>
        <source>import: the row holding the column names (default 1).</source>
        <translation>import：列名所在的行（默认 1）。</translation>
    </message>
    <message>
        <source>import: on failure, also write every problem to this CSV file.</source>
        <translation>import：失败时把每个问题也写入此 CSV 文件。</translation>
    </message>
    <message>
        <source>usage: riskatlas-cli review %1</source>
        <translation>用法：riskatlas-cli review %1</translation>
    </message>
    <message>
        <source>review session %1 started: %2</source>
        <translation>第 %1 次评审会已开始：%2</translation>
    </message>
    <message>
        <source>review session %1 ended; audit head %2</source>
        <translation>第 %1 次评审会已结束；审计链头 %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>--session %1: expected the number of a review session</source>
        <translation>--session %1：应为评审会的序号</translation>
    </message>
    <message>
        <source>Review sessions with officials and experts: start one (date, place, chair, participants), make the agreed changes in the workbench — each needs a reason and is recorded with the session —, end it, and write its minutes (PDF, DOCX, ODT or HTML): attendees, every change with old → new level and reason, the counts and maps before and after, and the audit chain's head hash.</source>
        <translation>与政府部门和专家的评审会：开始评审会（日期、地点、主持人、参会人员），在工作台中作出议定的调整（每项调整须说明理由，并记入本次评审会），结束评审会，生成会议纪要（PDF、DOCX、ODT 或 HTML）：参会人员、每项调整的原等级 → 新等级及理由、评审前后的统计与地图，以及审计链头哈希值。</translation>
    </message>
    <message>
        <source>start: the meeting's title.</source>
        <translation>start：会议名称。</translation>
    </message>
    <message>
        <source>start: the meeting's date.</source>
        <translation>start：会议日期。</translation>
    </message>
    <message>
        <source>start: where it is held.</source>
        <translation>start：会议地点。</translation>
    </message>
    <message>
        <source>start: who chairs it.</source>
        <translation>start：主持人。</translation>
    </message>
    <message>
        <source>start: one participant (repeat for each).</source>
        <translation>start：一名参会人员（每人重复一次）。</translation>
    </message>
    <message>
        <source>list: JSON on stdout (see docs/cli.md).</source>
        <translation>list：在标准输出打印 JSON（见 docs/cli.md）。</translation>
    </message>
    <message>
        <source>minutes: the session's number (default: the last one).</source>
        <translation>minutes：评审会序号（默认最近一次）。</translation>
    </message>
    <message>
        <source>unknown action "%1" (start, end, list, minutes)</source>
        <translation>未知操作“%1”（start、end、list、minutes）</translation>
    </message>
    <message>
        <source>Also writes the change map of NEW against OLD: PDF or SVG (vector, text kept as text) or PNG.</source>
        <translation>同时输出 NEW 相对 OLD 的风险等级变化图：PDF 或 SVG（矢量，文字保留为文本）或 PNG。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Regions hatched on the change map when their level changed: district (default), street or grid.</source>
        <translation>变化图中等级变化时以斜线标出的区域：district（区县，默认）、street（街道）或 grid（网格）。</translation>
    </message>
    <message>
        <source>The hidden-danger register (事故隐患) and its 60-day closed loop: import a register (CSV/XLSX, Chinese headers, GBK or UTF-8), export it, list it, change a hidden danger's status, count found / rectified / closed / overdue as of a date, and map the districts' rectification rate. Schemas: resources/schemas/hazard-list.schema.json, hazard-stats.schema.json.</source>
        <translation>事故隐患台账及其 60 日整改闭环：导入台账（CSV/XLSX，中文表头，GBK 或 UTF-8），导出、列出台账，变更隐患状态，按指定日期统计发现、整改、销号和逾期数量（JSON 格式见 resources/schemas/hazard-list.schema.json 和 hazard-stats.schema.json），并绘制各区县整改率分布图。</translation>
    </message>
    <message>
        <source>unknown action "%1" (import, export, list, update, stats, map)</source>
        <translation>未知操作“%1”（import、export、list、update、stats、map）</translation>
    </message>
    <message>
        <source>Adds the section "Comparison with the previous assessment" against this earlier project: units by level before and after, the changed regions and units, the change map (not in XLSX).</source>
        <translation>增加“与上期评估对比”一节，与此前的项目对比：前后各等级风险单元数量、等级变化的区域和风险单元、风险等级变化图（XLSX 不含）。</translation>
    </message>
    <message>
        <source>Usage: riskatlas-cli COMMAND [options]

Commands:
  new             create a project (GeoPackage)
  import-units    import risk units
  import-regions  import districts, streets or grids
  make-grid       cover the city with grid cells
  assess          score the units and aggregate the regions
  summary         print the figures (--json for scripts)
  export-units    write the risk list (CSV)
  export-map      write the four-colour map (PDF or PNG)
  report          write the assessment report (PDF, DOCX, ODT, HTML, XLSX)
  methods         export, import or validate method sets; list templates
  taxonomy        export or import the project's categories and sectors
  audit           print the audit log; --verify checks its hash chain
  report-template store the report's wording, logo and facts in the project
  compare         the units and regions whose level changed between two projects
  explain         why a unit or region has its level
  hazards         the hidden-danger register: import, export, list, update, stats, map
  review          review sessions: start, end, list, minutes

riskatlas-cli COMMAND --help describes a command's options.
Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
</source>
        <translation>用法：riskatlas-cli COMMAND [选项]

命令：
  new             创建项目（GeoPackage）
  import-units    导入风险单元
  import-regions  导入区县、街道或网格
  make-grid       以网格覆盖全市
  assess          对风险单元评分并汇总区域风险等级
  summary         输出统计数据（脚本可用 --json）
  export-units    导出风险清单（CSV）
  export-map      导出四色图（PDF 或 PNG）
  report          生成评估报告（PDF、DOCX、ODT、HTML、XLSX）
  methods         导出、导入或校验方法集；列出模板
  taxonomy        导出或导入项目的类别和行业领域
  audit           输出修改记录（审计日志）；--verify 校验其哈希链
  report-template 将报告的措辞、标志和项目信息保存在项目中
  compare         比较两个项目中风险等级发生变化的单元和区域
  explain         说明风险单元或区域为何处于该等级
  hazards         隐患台账：导入、导出、列出、更新、统计、整改率图
  review          评审会：开始、结束、列表、会议纪要

riskatlas-cli COMMAND --help 可查看该命令的选项。
退出码：0 成功，1 操作失败，2 用法错误。
</translation>
    </message>
</context>
<context>
    <name>RiskListTable</name>
    <message>
        <source>Risk matrix (L × S)</source>
        <translation>风险矩阵法（L × S）</translation>
    </message>
    <message>
        <source>LEC (L × E × C)</source>
        <translation>作业条件危险性分析法（L × E × C）</translation>
    </message>
    <message>
        <source>MES (M × E × S)</source>
        <translation>MES 法（M × E × S）</translation>
    </message>
    <message>
        <source>Likelihood (L)</source>
        <translation>可能性（L）</translation>
    </message>
    <message>
        <source>Severity (S)</source>
        <translation>严重性（S）</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>管控水平</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>行业类别</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>行业代码</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>区域编码</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>风险值</translation>
    </message>
    <message>
        <source>Inherent risk level</source>
        <translation>固有风险等级</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>风险分级</translation>
    </message>
    <message>
        <source>Reason for the manual level</source>
        <translation>人工定级原因</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X 坐标</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y 坐标</translation>
    </message>
    <message>
        <source>Longitude (WGS 84)</source>
        <translation>经度（WGS 84）</translation>
    </message>
    <message>
        <source>Latitude (WGS 84)</source>
        <translation>纬度（WGS 84）</translation>
    </message>
    <message>
        <source>Method version</source>
        <translation>方法版本</translation>
    </message>
</context>
<context>
    <name>RiskMapLayout</name>
    <message>
        <source>%1 City Safety Risk Distribution Map</source>
        <translation>%1城市安全风险分布图</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Coordinate reference system: %1</source>
        <translation>坐标参考系：%1</translation>
    </message>
    <message>
        <source>Map date: %1</source>
        <translation>制图日期：%1</translation>
    </message>
    <message>
        <source>Made with RiskAtlas</source>
        <translation>由 RiskAtlas 生成</translation>
    </message>
    <message>
        <source>%1: cannot export the map (failed writing %2)</source>
        <translation>%1：无法导出地图（写入 %2 失败）</translation>
    </message>
    <message>
        <source>%1: the project has no regions of kind %2</source>
        <translation>%1：项目中没有类型为 %2 的区域</translation>
    </message>
    <message>
        <source>%1 %2 Risk Distribution Map</source>
        <translation>%1%2风险分布图</translation>
    </message>
    <message>
        <source>weighted composite index of the units (weighted)</source>
        <translation>单元加权综合指数（weighted）</translation>
    </message>
    <message>
        <source>density of major and significant units (density)</source>
        <translation>重大、较大风险单元密度（density）</translation>
    </message>
    <message>
        <source>highest level of any unit inside (max)</source>
        <translation>区内单元最高等级（max，从严从高）</translation>
    </message>
    <message>
        <source>%1: cannot read the layout template</source>
        <translation>%1：无法读取版式模板</translation>
    </message>
    <message>
        <source>%1: line %2: not a layout template: %3</source>
        <translation>%1：第 %2 行：不是版式模板：%3</translation>
    </message>
    <message>
        <source>%1: QGIS cannot load this layout template</source>
        <translation>%1：QGIS 无法加载此版式模板</translation>
    </message>
    <message>
        <source>%1: the layout template has no map item with the id "%2"</source>
        <translation>%1：版式模板缺少编号为“%2”的地图项</translation>
    </message>
    <message>
        <source>%1 (atlas)</source>
        <translation>%1（图集）</translation>
    </message>
    <message>
        <source>Districts (atlas pages)</source>
        <translation>区县（图集页）</translation>
    </message>
    <message>
        <source>the project has no districts for the atlas pages</source>
        <translation>项目没有可作图集页的区县</translation>
    </message>
    <message>
        <source>Neighbouring regions</source>
        <translation>相邻区域</translation>
    </message>
    <message>
        <source>basemap refused: %1</source>
        <translation>拒绝使用底图：%1</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>底图：%1</translation>
    </message>
    <message>
        <source>Basemap left out: %1 could not be reached</source>
        <translation>底图未加载：无法访问 %1</translation>
    </message>
    <message>
        <source>basemap %1 could not be reached (%2); the map is made without it</source>
        <translation>无法访问底图 %1（%2），地图不含底图</translation>
    </message>
    <message>
        <source>Region level: %1</source>
        <translation>区域定级：%1</translation>
    </message>
    <message>
        <source>%1: the atlas has no pages</source>
        <translation>%1：图集没有页面</translation>
    </message>
    <message>
        <source>%1: cannot export the atlas: %2</source>
        <translation>%1：无法导出图集：%2</translation>
    </message>
    <message>
        <source>Units: %1 drawn for %2 (the highest level per %3 mm)</source>
        <translation>风险单元：%2 个中绘出 %1 个（每 %3 毫米取最高等级）</translation>
    </message>
    <message>
        <source>not probed before the map was built</source>
        <translation>生成地图前未探测底图</translation>
    </message>
    <message>
        <source>%1: cannot georeference page %2 of the atlas: %3</source>
        <translation>%1：无法为图集第 %2 页写入地理参考：%3</translation>
    </message>
    <message>
        <source>the map could not be built</source>
        <translation>无法生成地图</translation>
    </message>
</context>
<context>
    <name>RiskMatrixMethod</name>
    <message>
        <source>a risk matrix needs %1 to %2 steps per axis, not %3</source>
        <translation>风险矩阵每个维度应为 %1 至 %2 级，当前为 %3 级</translation>
    </message>
    <message>
        <source>a risk matrix needs either score bands or a cell table, not %1</source>
        <translation>风险矩阵须给出分级标准或逐格等级表之一，不能%1</translation>
    </message>
    <message>
        <source>both</source>
        <translation>两者都给出</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>两者都未给出</translation>
    </message>
    <message>
        <source>the cell table has %1 rows, but the matrix has %2 likelihood steps</source>
        <translation>逐格等级表有 %1 行，但风险矩阵的可能性有 %2 级</translation>
    </message>
    <message>
        <source>row L=%1 of the cell table has %2 cells, not %3</source>
        <translation>逐格等级表 L=%1 行有 %2 格，应为 %3 格</translation>
    </message>
    <message>
        <source>cell L=%1, S=%2: "%3" is not a risk level</source>
        <translation>单元格 L=%1, S=%2：“%3”不是有效的风险等级</translation>
    </message>
    <message>
        <source>cell L=%1, S=%2 (%3) is lower than cell L=%1, S=%4 (%5): risk must not fall as severity rises</source>
        <translation>单元格 L=%1, S=%2（%3）低于单元格 L=%1, S=%4（%5）：风险等级不应随严重性升高而降低</translation>
    </message>
    <message>
        <source>cell L=%1, S=%2 (%3) is lower than cell L=%4, S=%2 (%5): risk must not fall as likelihood rises</source>
        <translation>单元格 L=%1, S=%2（%3）低于单元格 L=%4, S=%2（%5）：风险等级不应随可能性升高而降低</translation>
    </message>
    <message>
        <source>%1 has %2 entries, but the axis has %3 steps</source>
        <translation>%1 有 %2 项，但该维度有 %3 级</translation>
    </message>
</context>
<context>
    <name>RiskStyle</name>
    <message>
        <source>Four-colour risk levels (RiskAtlas)</source>
        <translation>风险等级四色样式（RiskAtlas）</translation>
    </message>
    <message>
        <source>%1: cannot store the style of %2: %3</source>
        <translation>%1：无法保存 %2 的样式：%3</translation>
    </message>
    <message>
        <source>cannot describe the style of %1: %2</source>
        <translation>无法描述 %1 的样式：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the layer_styles table: %2</source>
        <translation>%1：无法创建 layer_styles 表：%2</translation>
    </message>
</context>
<context>
    <name>ScoringMethod</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>%1 至 %2 之间的整数</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>SectorUsage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>• %1 %2 (%3, %4)</source>
        <translation>• %1 %2（%3，%4）</translation>
    </message>
    <message>
        <source>outside every district</source>
        <translation>不在任何区县内</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more major-risk unit(s)</source>
        <translation>
            <numerusform>……另有 %n 个重大风险单元</numerusform>
        </translation>
    </message>
    <message>
        <source>No major-risk units here.</source>
        <translation>此处无重大风险单元。</translation>
    </message>
    <message>
        <source>City risk map</source>
        <translation>全市风险分布图</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unit(s)</source>
        <translation>
            <numerusform>%1 · %n 个风险单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in the project.</source>
        <translation>
            <numerusform>项目共有 %n 个风险单元。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not scored (an input missing).</source>
        <translation>
            <numerusform>%n 个风险单元未评分（缺少输入）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) outside every region.</source>
        <translation>
            <numerusform>%n 个风险单元不在任何区域内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Major-risk units:</source>
        <translation>重大风险单元：</translation>
    </message>
    <message>
        <source>Units by risk level</source>
        <translation>各风险等级单元数</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assessed</source>
        <translation>
            <numerusform>已评估 %n 个风险单元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: risk map</source>
        <translation>%1风险分布图</translation>
    </message>
    <message numerus="yes">
        <source>Overall level: %1 · %n unit(s)</source>
        <translation>
            <numerusform>综合风险等级：%1 · %n 个风险单元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <source>By category: %1</source>
        <translation>分类别：%1</translation>
    </message>
    <message>
        <source>Raised by the influence zone of: %1</source>
        <translation>因以下单元的影响范围而提级：%1</translation>
    </message>
    <message>
        <source>Major-risk units</source>
        <translation>重大风险单元清单</translation>
    </message>
    <message>
        <source>No unit is at major risk</source>
        <translation>无重大风险单元</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), highest score first</source>
        <translation>
            <numerusform>共 %n 个，按分值从高到低</numerusform>
        </translation>
    </message>
    <message>
        <source>%1–%2 of %3, highest score first</source>
        <translation>第 %1–%2 个（共 %3 个），按分值从高到低</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s) on this page</source>
        <translation>
            <numerusform>%1：本页 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n major-risk unit(s) in all.</source>
        <translation>
            <numerusform>重大风险单元共 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>The project is not assessed yet</source>
        <translation>项目尚未评估</translation>
    </message>
</context>
<context>
    <name>SourceLayer</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: no layer "%2" (layers: %3)</source>
        <translation>%1：没有图层“%2”（现有图层：%3）</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>要素 %1</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the file for reading</source>
        <translation>%1：无法准备读取该文件</translation>
    </message>
    <message>
        <source>%1: not a readable vector file (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS): %2</source>
        <translation>%1：不是可读取的矢量文件（GeoPackage、shapefile、GeoJSON、KML、CSV、XLSX 或 ODS）：%2</translation>
    </message>
    <message>
        <source>%1: not valid %2 text</source>
        <translation>%1：不是有效的 %2 文本</translation>
    </message>
    <message>
        <source>%1: header row %2: the file has fewer rows</source>
        <translation>%1：标题行 %2：文件行数不足</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>未知的编码“%1”</translation>
    </message>
    <message>
        <source>the header row must be 1 or more</source>
        <translation>标题行不得小于 1</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one (%3)</source>
        <translation>%1：文件包含 %2 个图层；请选择其一（%3）</translation>
    </message>
    <message>
        <source>%1: header row %2: the sheet has fewer rows</source>
        <translation>%1：标题行 %2：工作表行数不足</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>%1: cannot read: permission denied</source>
        <translation>%1：无法读取：没有权限</translation>
    </message>
    <message>
        <source>%1: the shapefile's attribute table %2 is missing; copy it next to the .shp file</source>
        <translation>%1：缺少 shapefile 的属性表 %2；请将其复制到 .shp 文件旁边</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>the taxonomy has no categories</source>
        <translation>分类体系中没有类别</translation>
    </message>
    <message>
        <source>a category lacks its code, Chinese or English name</source>
        <translation>某个类别缺少代码、中文名称或英文名称</translation>
    </message>
    <message>
        <source>a sector of category %1 lacks its code, Chinese or English name</source>
        <translation>类别 %1 下的某个行业领域缺少代码、中文名称或英文名称</translation>
    </message>
    <message>
        <source>sector code %1 appears twice</source>
        <translation>行业领域代码 %1 重复</translation>
    </message>
    <message>
        <source>category code %1 appears twice</source>
        <translation>类别代码 %1 重复</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unit(s))</source>
        <translation>
            <numerusform>%1（%n 个风险单元）</numerusform>
        </translation>
    </message>
    <message>
        <source>the category has no code</source>
        <translation>类别缺少代码</translation>
    </message>
    <message>
        <source>the sector has no code</source>
        <translation>行业领域缺少代码</translation>
    </message>
    <message>
        <source>the category has no Chinese name</source>
        <translation>类别缺少中文名称</translation>
    </message>
    <message>
        <source>the sector has no Chinese name</source>
        <translation>行业领域缺少中文名称</translation>
    </message>
    <message>
        <source>the category has no English name</source>
        <translation>类别缺少英文名称</translation>
    </message>
    <message>
        <source>the sector has no English name</source>
        <translation>行业领域缺少英文名称</translation>
    </message>
</context>
<context>
    <name>TaxonomyCommand</name>
    <message numerus="yes">
        <source>%1: %n sector(s) in %2 categories</source>
        <translation>
            <numerusform>%1：%2 个类别，共 %n 个行业领域</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Taxonomy</source>
        <translation>编辑分类体系</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2. The project keeps its current taxonomy.</source>
        <translation>无法撤销“%1”：%2。项目保留当前的分类体系。</translation>
    </message>
    <message>
        <source>Cannot apply “%1”: %2. The project keeps its current taxonomy.</source>
        <translation>无法应用“%1”：%2。项目保留当前的分类体系。</translation>
    </message>
    <message>
        <source>the taxonomy was changed outside the workbench since</source>
        <translation>此后分类体系已被工作台以外的程序修改</translation>
    </message>
    <message>
        <source>%1 (last step refused)</source>
        <translation>%1（最近一步被拒绝）</translation>
    </message>
</context>
<context>
    <name>UnitAddCommand</name>
    <message>
        <source>Add unit %1</source>
        <translation>新增单元 %1</translation>
    </message>
</context>
<context>
    <name>UnitDeleteCommand</name>
    <message>
        <source>Delete unit %1</source>
        <translation>删除单元 %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unit(s)</source>
        <translation>
            <numerusform>删除 %n 个单元</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitEditCommand</name>
    <message>
        <source>Clear the level override of unit %1</source>
        <translation>清除风险单元 %1 的手动等级</translation>
    </message>
    <message>
        <source>Override the level of unit %1</source>
        <translation>手动设定风险单元 %1 的等级</translation>
    </message>
    <message>
        <source>Move unit %1</source>
        <translation>移动风险单元 %1</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>编辑风险单元 %1</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>every unit needs an id</source>
        <translation>每个风险单元都必须有编号</translation>
    </message>
    <message>
        <source>the id appears again (first at %1)</source>
        <translation>编号重复（首次出现于 %1）</translation>
    </message>
    <message>
        <source>not a sector code, Chinese or English sector name of the project's taxonomy</source>
        <translation>不是项目分类体系中的行业领域代码、中文名称或英文名称</translation>
    </message>
    <message>
        <source>every unit needs a position</source>
        <translation>每个风险单元都必须有位置</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>导入已取消；项目未作更改</translation>
    </message>
    <message>
        <source>%1: the file has no units</source>
        <translation>%1：文件中没有风险单元</translation>
    </message>
    <message>
        <source>%1: unit %2: cannot transform its position to %3: %4</source>
        <translation>%1：风险单元 %2：无法将其位置转换到 %3：%4</translation>
    </message>
    <message>
        <source>%1: unit %2: cannot be written: %3</source>
        <translation>%1：风险单元 %2：无法写入：%3</translation>
    </message>
    <message>
        <source>not a WKT geometry</source>
        <translation>不是有效的 WKT 几何</translation>
    </message>
    <message>
        <source>every unit needs a position or a region (所属区县, 街道, XZQMC/XZQDM)</source>
        <translation>每个风险单元都必须有位置或所属区域（所属区县、街道、XZQMC/XZQDM）</translation>
    </message>
    <message>
        <source>invalid geometry that GEOS cannot repair</source>
        <translation>几何无效，且 GEOS 无法修复</translation>
    </message>
    <message>
        <source>not a number or degrees-minutes-seconds</source>
        <translation>不是数值或度分秒格式</translation>
    </message>
    <message>
        <source>%1: %2 (id %3): the geometry was invalid and was repaired</source>
        <translation>%1：%2（编号 %3）：几何图形无效，已自动修复</translation>
    </message>
    <message>
        <source>%1: no column for the field "%2" (columns: %3)</source>
        <translation>%1：没有与字段“%2”对应的列（现有列：%3）</translation>
    </message>
    <message>
        <source>%1: no geometry, no longitude/latitude (经度/纬度), WKT or region column</source>
        <translation>%1：没有几何，也没有经度/纬度列、WKT 列或区域列</translation>
    </message>
    <message>
        <source>unknown coordinate reference system "%1"</source>
        <translation>未知的坐标参考系“%1”</translation>
    </message>
    <message>
        <source>%1: the file states no coordinate reference system</source>
        <translation>%1：文件未声明坐标参考系</translation>
    </message>
    <message>
        <source>removing web-map offsets (GCJ-02/BD-09) needs longitude/latitude, but the source CRS is %1</source>
        <translation>去除网络地图偏移（GCJ-02/BD-09）要求经纬度坐标，但源坐标参考系为 %1</translation>
    </message>
    <message>
        <source>outside China: web-map offsets exist only inside China</source>
        <translation>位于中国境外：网络地图偏移仅存在于中国境内</translation>
    </message>
    <message>
        <source>cannot be a longitude</source>
        <translation>不是有效的经度</translation>
    </message>
    <message>
        <source>cannot be a latitude</source>
        <translation>不是有效的纬度</translation>
    </message>
    <message>
        <source>a vertex has no finite coordinates (NaN or infinite)</source>
        <translation>有顶点的坐标不是有限数（NaN 或无穷大）</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数</translation>
    </message>
</context>
<context>
    <name>UnitPresenceCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>撤销%1</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2. The project is left as it is.</source>
        <translation>无法重做“%1”：%2。项目保持不变。</translation>
    </message>
    <message>
        <source>Cannot do “%1”: %2. Nothing was changed.</source>
        <translation>无法执行“%1”：%2。未做任何更改。</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2. The project is left as it is.</source>
        <translation>无法撤销“%1”：%2。项目保持不变。</translation>
    </message>
</context>
<context>
    <name>UnitQuery</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>UnitThinning</name>
    <message>
        <source>%1: cannot read the units</source>
        <translation>%1：无法读取风险单元</translation>
    </message>
    <message>
        <source>%1: no layer %2</source>
        <translation>%1：没有图层 %2</translation>
    </message>
    <message>
        <source>%1: cannot read the units: %2</source>
        <translation>%1：无法读取风险单元：%2</translation>
    </message>
</context>
<context>
    <name>WhatIfPreview</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>the project has no current assessment (units or regions changed since the last one, or it was never assessed): assess it first to preview method changes</source>
        <translation>项目没有最新的评估结果（上次评估后风险单元或区域已更改，或从未评估）：请先评估，再预览方法更改</translation>
    </message>
    <message>
        <source>the influence zones differ from the last assessment's: only a full assessment can show their effect</source>
        <translation>影响范围设置与上次评估不同：只有完整评估才能显示其影响</translation>
    </message>
    <message>
        <source>the last assessment did not measure what this aggregation rule needs: assess the project in full first</source>
        <translation>上次评估未测量该汇总规则所需的数据：请先对项目进行完整评估</translation>
    </message>
    <message>
        <source>preview cancelled</source>
        <translation>预览已取消</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>无法创建电子表格</translation>
    </message>
    <message>
        <source>sheet %1 could not be added</source>
        <translation>无法添加工作表 %1</translation>
    </message>
</context>
<context>
    <name>riskatlas::AuditLogModel</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>riskatlas::BandTableEditor</name>
    <message>
        <source>Lower bound inclusive (a score equal to a bound takes the band above)</source>
        <translation>含下限（分值等于界值时归入上一档）</translation>
    </message>
    <message>
        <source>Upper bound inclusive (a score equal to a bound takes the band below)</source>
        <translation>含上限（分值等于界值时归入下一档）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始值</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>分值范围</translation>
    </message>
    <message>
        <source>Boundary rule</source>
        <translation>界值规则</translation>
    </message>
    <message>
        <source>Band %1 from %2</source>
        <translation>第 %1 档起始值 %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::CompareDialog</name>
    <message>
        <source>Compare with an Earlier Assessment</source>
        <translation>与此前评估对比</translation>
    </message>
    <message>
        <source>RiskAtlas project (*.gpkg)</source>
        <translation>RiskAtlas 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Older project</source>
        <translation>此前的项目</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>此前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部变化</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>升级</translation>
    </message>
    <message>
        <source>Lowered</source>
        <translation>降级</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Old level</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>现等级</translation>
    </message>
    <message>
        <source>Double-click a unit or region to show it on the map.</source>
        <translation>双击风险单元或区域，在地图上显示。</translation>
    </message>
    <message>
        <source>Export Change Map…</source>
        <translation>导出变化图…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Map language</source>
        <translation>地图语言</translation>
    </message>
    <message>
        <source>Units by level</source>
        <translation>各等级风险单元数量</translation>
    </message>
    <message>
        <source>Units and regions whose level changed</source>
        <translation>等级变化的风险单元和区域</translation>
    </message>
    <message>
        <source>Choose the older project to compare with.</source>
        <translation>请选择用于对比的此前项目。</translation>
    </message>
    <message>
        <source>%1 (older) → %2 (this project)</source>
        <translation>%1（此前）→ %2（本项目）</translation>
    </message>
    <message>
        <source>%1 raised, %2 lowered, %3 new, %4 removed, %5 unchanged</source>
        <translation>升级 %1，降级 %2，新增 %3，移除 %4，未变 %5</translation>
    </message>
    <message>
        <source>Units: %1.
Regions: %2.</source>
        <translation>风险单元：%1。
区域：%2。</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Export Change Map</source>
        <translation>导出变化图</translation>
    </message>
    <message>
        <source>-changes.pdf</source>
        <translation>-变化图.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图像 (*.png);;SVG 图形 (*.svg)</translation>
    </message>
    <message>
        <source>Export change map</source>
        <translation>导出变化图</translation>
    </message>
</context>
<context>
    <name>riskatlas::CompositeIndexEditor</name>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>λmax = %1, CI = %2, CR = %3 (acceptable up to %4)%5</source>
        <translation>λmax = %1，CI = %2，CR = %3（可接受上限 %4）%5</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>%1 的权重</translation>
    </message>
    <message>
        <source>Comparison %1 : %2</source>
        <translation>比较 %1 : %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::EncodingComboBox</name>
    <message>
        <source>Automatic (UTF-8 or GB18030)</source>
        <translation>自动（UTF-8 或 GB18030）</translation>
    </message>
    <message>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030（简体中文）</translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese)</source>
        <translation>GBK（简体中文）</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5（繁体中文）</translation>
    </message>
    <message>
        <source>Text encoding of a CSV file or of a shapefile without a .cpg file</source>
        <translation>CSV 文件或缺少 .cpg 文件的 Shapefile 的文本编码</translation>
    </message>
</context>
<context>
    <name>riskatlas::ExplanationDialog</name>
    <message>
        <source>Why this level? — %1</source>
        <translation>为何是该等级？— %1</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>复制为文本</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>为何是该等级？</translation>
    </message>
</context>
<context>
    <name>riskatlas::ExplanationView</name>
    <message>
        <source>the method set's default method</source>
        <translation>方法集的默认方法</translation>
    </message>
    <message>
        <source>assigned to the sector</source>
        <translation>按行业领域指定</translation>
    </message>
    <message>
        <source>assigned to the category</source>
        <translation>按类别指定</translation>
    </message>
    <message>
        <source>%1 · %2 %3&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;, %5 (%6)</source>
        <translation>%1 · %2 %3&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;，%5（%6）</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>管控水平</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>含义</translation>
    </message>
    <message>
        <source>Not scored: %1 = "%2"; allowed: %3</source>
        <translation>未评分：%1 = “%2”；允许值：%3</translation>
    </message>
    <message>
        <source>Inherent level: %1</source>
        <translation>固有风险等级：%1</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>修正：%1</translation>
    </message>
    <message>
        <source>Override by the analyst: %1&lt;br&gt;Reason: %2</source>
        <translation>评估人员人工调整为：%1&lt;br&gt;理由：%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final level: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;最终等级：%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not assessed yet: this is the level the next assessment gives.</source>
        <translation>尚未评估：这是下次评估将得出的等级。</translation>
    </message>
    <message>
        <source>The project stores %1: the inputs or the method set changed since the last assessment.</source>
        <translation>项目中保存的是%1：上次评估后输入或方法集已有改动。</translation>
    </message>
    <message>
        <source>The unit's cell: L = %1, S = %2</source>
        <translation>该单元所在格：L = %1，S = %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>区间</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation>
            <numerusform>%n 个风险单元：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Rule: max — the region takes the highest final level of its units.</source>
        <translation>规则：从严从高——区域取其风险单元的最高最终等级。</translation>
    </message>
    <message>
        <source>No scored unit: the region has no level.</source>
        <translation>没有已评分的风险单元：该区域无等级。</translation>
    </message>
    <message numerus="yes">
        <source>Decided by the %n unit(s) at this level:</source>
        <translation>
            <numerusform>由以下 %n 个该等级的风险单元决定：</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Rule: weighted — index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4).</source>
        <translation>规则：加权——指数 I = Σ 权重 × 平均等级 ÷ Σ 权重（低风险 1 … 重大风险 4）。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>平均等级</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>I = &lt;b&gt;%1&lt;/b&gt; (Σ weight %2)</source>
        <translation>I = &lt;b&gt;%1&lt;/b&gt;（Σ 权重 %2）</translation>
    </message>
    <message>
        <source>Rule: density — major and significant units per km².</source>
        <translation>规则：密度——每平方公里重大和较大风险单元数。</translation>
    </message>
    <message>
        <source>ρ = %1 ÷ %2 km² = &lt;b&gt;%3&lt;/b&gt; per km²</source>
        <translation>ρ = %1 ÷ %2 平方公里 = 每平方公里 &lt;b&gt;%3&lt;/b&gt; 个</translation>
    </message>
    <message>
        <source>Raised to %1 by the hazard influence zone of %2 %3</source>
        <translation>受 %2 %3 的危险源影响范围提升为%1</translation>
    </message>
    <message>
        <source>Reached by the hazard influence zone of %2 %3 (%1)</source>
        <translation>位于 %2 %3 的危险源影响范围内（%1）</translation>
    </message>
    <message>
        <source>The project stores %1: units or the method set changed since the last assessment.</source>
        <translation>项目中保存的是%1：上次评估后风险单元或方法集已有改动。</translation>
    </message>
</context>
<context>
    <name>riskatlas::ExternalChangeMonitor</name>
    <message>
        <source>The project was changed by another program at %1.</source>
        <translation>项目已于 %1 被其他程序修改。</translation>
    </message>
    <message>
        <source>The project file was replaced by another program at %1: RiskAtlas reopened it and cleared the undo history, whose steps belonged to the old file.</source>
        <translation>项目文件已于 %1 被其他程序整体替换：RiskAtlas 已重新打开该文件，并清空了撤销历史（其中的步骤属于旧文件）。</translation>
    </message>
    <message>
        <source>The project file was removed or renamed by another program at %1: RiskAtlas still shows it but cannot save changes. Open it from its new place.</source>
        <translation>项目文件已于 %1 被其他程序删除或重命名：RiskAtlas 仍显示其内容，但无法保存修改。请从其新位置打开。</translation>
    </message>
</context>
<context>
    <name>riskatlas::FactorTableEditor</name>
    <message>
        <source>Add a value</source>
        <translation>添加分值</translation>
    </message>
    <message>
        <source>Remove the value</source>
        <translation>删除所选分值</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Meaning (中文)</source>
        <translation>含义（中文）</translation>
    </message>
    <message>
        <source>Meaning (English)</source>
        <translation>含义（英文）</translation>
    </message>
    <message>
        <source>%1: value %2</source>
        <translation>%1：分值 %2</translation>
    </message>
    <message>
        <source>%1: meaning of row %2</source>
        <translation>%1：第 %2 行的含义</translation>
    </message>
    <message>
        <source>%1: add the value %2</source>
        <translation>%1：添加分值 %2</translation>
    </message>
    <message>
        <source>%1: remove the value %2</source>
        <translation>%1：删除分值 %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>riskatlas::GridDialog</name>
    <message>
        <source>Make Grid</source>
        <translation>生成网格</translation>
    </message>
    <message>
        <source>Covers the city (the union of its districts) with cells clipped to its boundary. The cells replace the project's current grid.</source>
        <translation>用网格覆盖全市（各区县的并集），网格按边界裁剪。新网格将替换项目现有的网格。</translation>
    </message>
    <message>
        <source> m</source>
        <translation> 米</translation>
    </message>
    <message>
        <source>Side of a square cell, or distance between the centres of neighbouring hexagons</source>
        <translation>正方形网格的边长，或相邻六边形中心之间的距离</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>网格大小</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>正方形</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>六边形</translation>
    </message>
    <message>
        <source>Cell shape</source>
        <translation>网格形状</translation>
    </message>
</context>
<context>
    <name>riskatlas::HazardDock</name>
    <message>
        <source>Hidden dangers</source>
        <translation>事故隐患</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>全部轮次</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>仅逾期</translation>
    </message>
    <message>
        <source>The date overdue is judged on</source>
        <translation>判断是否逾期的日期</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>变更状态…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>截至：</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>隐患编号</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>隐患等级</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>整改状态</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>督办轮次</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <source>%1 of %2 hidden dangers, %3 overdue as of %4</source>
        <translation>显示 %1 / %2 条隐患，截至 %4 逾期 %3 条</translation>
    </message>
</context>
<context>
    <name>riskatlas::HazardStatusDialog</name>
    <message>
        <source>Hidden danger %1</source>
        <translation>隐患 %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3, found %4, deadline %5</source>
        <translation>%1（%2 %3），发现于 %4，整改期限 %5</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>当前状态：</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>新状态：</translation>
    </message>
    <message>
        <source>The date the hidden danger was rectified, or struck off for a closure</source>
        <translation>隐患整改完成的日期，销号时为销号日期</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>Who verified the rectification (closure)</source>
        <translation>复核整改的人员（销号时）</translation>
    </message>
    <message>
        <source>Verifier:</source>
        <translation>复核人：</translation>
    </message>
    <message>
        <source>Required to reopen</source>
        <translation>重新打开时必填</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
</context>
<context>
    <name>riskatlas::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>变更记录</translation>
    </message>
    <message>
        <source>Unit, value or reason</source>
        <translation>单元、取值或理由</translation>
    </message>
    <message>
        <source>any</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>What</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>全部操作</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>显示 %1 条，共 %2 条</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV table (Excel), to print or hand over</source>
        <translation>将当前显示的记录保存为 CSV 表格（可用 Excel 打开），以便打印或提交</translation>
    </message>
    <message>
        <source>-history</source>
        <translation>-修改记录</translation>
    </message>
    <message>
        <source>Export the History</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>无法导出修改记录</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation>
            <numerusform>已将 %n 条记录导出到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riskatlas::IdentifyResultsView</name>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
</context>
<context>
    <name>riskatlas::InfluenceZonesEditor</name>
    <message>
        <source>Hazard sources raise the regions within their distance</source>
        <translation>危险源将其影响距离内的区域提升至不低于其等级</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>距离（米）</translation>
    </message>
    <message>
        <source>Influence zones</source>
        <translation>影响范围</translation>
    </message>
</context>
<context>
    <name>riskatlas::MainWindow</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>新建项目(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>打开项目(&amp;O)…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>另存副本(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>关闭项目(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Import Risk &amp;Units…</source>
        <translation>导入风险单元(&amp;U)…</translation>
    </message>
    <message>
        <source>Import &amp;Boundaries…</source>
        <translation>导入行政区划边界(&amp;B)…</translation>
    </message>
    <message>
        <source>Make &amp;Grid…</source>
        <translation>生成网格(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>Assess &amp;Everything</source>
        <translation>全部重新评估(&amp;E)</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>导出风险图(&amp;M)…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出评估报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Export Risk &amp;List…</source>
        <translation>导出风险清单(&amp;L)…</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>平移(&amp;P)</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>识别要素(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>缩放至全市(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近的项目(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>数据(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About RiskAtlas</source>
        <translation>关于 RiskAtlas(&amp;A)</translation>
    </message>
    <message>
        <source>About RiskAtlas</source>
        <translation>关于 RiskAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RiskAtlas %1&lt;/h3&gt;&lt;p&gt;Urban safety-risk assessment workbench: risk units scored, classified into four levels and mapped in four colours (GB/T 42768-2023).&lt;/p&gt;&lt;p&gt;Built on QGIS %2 and Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RiskAtlas %1&lt;/h3&gt;&lt;p&gt;城市安全风险评估工作台：对风险单元评分，划分为四个风险等级并绘制四色图（GB/T 42768-2023）。&lt;/p&gt;&lt;p&gt;基于 QGIS %2 与 Qt %3。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>地图</translation>
    </message>
    <message>
        <source>Map View</source>
        <translation>地图视图</translation>
    </message>
    <message>
        <source>The regions the map colours</source>
        <translation>地图着色的区域层级</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>Colour the regions by the level of one category</source>
        <translation>按某一行业类别的风险等级为区域着色</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>识别结果</translation>
    </message>
    <message>
        <source>Map coordinates of the mouse pointer</source>
        <translation>鼠标指针处的地图坐标</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>比例尺</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>任务正在进行</translation>
    </message>
    <message>
        <source>%1 is still running. Cancel it and quit? Nothing of the cancelled work is kept; everything committed before stays in the project.</source>
        <translation>“%1”仍在运行。要取消并退出吗？被取消的任务不会保留任何结果；此前已提交的内容都保存在项目中。</translation>
    </message>
    <message>
        <source>RiskAtlas</source>
        <translation>RiskAtlas</translation>
    </message>
    <message>
        <source>%1 — %2 — RiskAtlas</source>
        <translation>%1 — %2 — RiskAtlas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <source>RiskAtlas projects (*.gpkg);;All files (*)</source>
        <translation>RiskAtlas 项目 (*.gpkg);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <source>RiskAtlas projects (*.gpkg)</source>
        <translation>RiskAtlas 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>没有最近的项目</translation>
    </message>
    <message>
        <source>&amp;Select Units</source>
        <translation>选择风险单元(&amp;S)</translation>
    </message>
    <message>
        <source>Select the units in a rectangle drawn on the map</source>
        <translation>在地图上框选矩形范围内的风险单元</translation>
    </message>
    <message>
        <source>This unit has no position on the map</source>
        <translation>该风险单元在地图上没有位置</translation>
    </message>
    <message>
        <source>&amp;Method Set…</source>
        <translation>评估方法(&amp;M)…</translation>
    </message>
    <message>
        <source>Edit the scoring methods and see which levels would change</source>
        <translation>编辑评分方法，并预览哪些风险等级会改变</translation>
    </message>
    <message>
        <source>&amp;Taxonomy…</source>
        <translation>行业分类(&amp;T)…</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;打开时&gt;</translation>
    </message>
    <message>
        <source>&amp;Move Unit</source>
        <translation>移动风险单元(&amp;M)</translation>
    </message>
    <message>
        <source>Drag a unit to its true position (undoable, audited)</source>
        <translation>将风险单元拖到其实际位置（可撤销，记入审计日志）</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>编辑被拒绝</translation>
    </message>
    <message>
        <source>&amp;Add Unit</source>
        <translation>添加风险单元(&amp;A)</translation>
    </message>
    <message>
        <source>Click on the map where a new risk unit is (undoable, audited)</source>
        <translation>在地图上单击新风险单元的位置（可撤销，记入审计日志）</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Units…</source>
        <translation>删除所选风险单元(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected units, with a reason (undoable, audited)</source>
        <translation>删除所选风险单元，需说明原因（可撤销，记入审计日志）</translation>
    </message>
    <message>
        <source>Import &amp;Hidden Dangers…</source>
        <translation>导入事故隐患(&amp;H)…</translation>
    </message>
    <message>
        <source>Import a hidden-danger register (CSV, XLSX; GBK or UTF-8) into the project</source>
        <translation>将事故隐患台账（CSV、XLSX；GBK 或 UTF-8）导入项目</translation>
    </message>
    <message>
        <source>&amp;Why This Level?</source>
        <translation>为何是此等级(&amp;W)？</translation>
    </message>
    <message>
        <source>Explain the level of the selected unit or region: inputs, method, matrix or band, correction, override</source>
        <translation>说明所选风险单元或区域的等级：输入、方法、矩阵或分值区间、修正、人工定级</translation>
    </message>
    <message>
        <source>Hidden dangers open past their deadline (the register dock lists them)</source>
        <translation>超过整改期限仍未整改的事故隐患（隐患台账面板列出）</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue hidden danger(s)</source>
        <translation>
            <numerusform>%n 项隐患逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Select one unit (or one region in the region table) to see why it has its level</source>
        <translation>请选择一个风险单元（或在区域表中选择一个区域）以查看其等级的依据</translation>
    </message>
    <message>
        <source>Score the units that changed and aggregate the regions (F9)</source>
        <translation>对有变化的风险单元评分并汇总到区域（F9）</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>与上期评估对比(&amp;C)…</translation>
    </message>
    <message>
        <source>Compare this assessment with an earlier one (last year's project, the file before a review): levels changed, counts, change map</source>
        <translation>将本次评估与以往评估（上一年度的项目、评审前的文件）对比：等级变化、数量统计、变化图</translation>
    </message>
</context>
<context>
    <name>riskatlas::MapExportDialog</name>
    <message>
        <source>Export Risk Map</source>
        <translation>导出风险分布图</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Export Map To</source>
        <translation>导出地图到</translation>
    </message>
    <message>
        <source>map.pdf, map.png or map.svg</source>
        <translation>map.pdf、map.png 或 map.svg</translation>
    </message>
    <message>
        <source>QGIS layout template (*.qpt)</source>
        <translation>QGIS 布局模板 (*.qpt)</translation>
    </message>
    <message>
        <source>Layout Template</source>
        <translation>布局模板</translation>
    </message>
    <message>
        <source>Built-in (or your templates folder's)</source>
        <translation>内置模板（或您的模板文件夹中的模板）</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>Districts (区县)</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Streets and towns (街道/乡镇)</source>
        <translation>街道/乡镇</translation>
    </message>
    <message>
        <source>Grid cells (网格)</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部行业领域</translation>
    </message>
    <message>
        <source>One page per district (atlas)</source>
        <translation>每个区县一页（图集）</translation>
    </message>
    <message>
        <source>PDF: one page per district in one file. PNG and SVG: one file per district, named after the output with the district's code.</source>
        <translation>PDF：每个区县一页，合为一个文件。PNG 和 SVG：每个区县一个文件，以输出文件名加区县代码命名。</translation>
    </message>
    <message>
        <source>Optional: XYZ tile URL, WMTS capabilities or WMS source</source>
        <translation>可选：XYZ 瓦片地址、WMTS 能力文档或 WMS 数据源</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG images; PDF and SVG stay vector.</source>
        <translation>PNG 图像的分辨率；PDF 和 SVG 保持矢量。</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>底图</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>首页预览</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>-map</source>
        <translation>-风险图</translation>
    </message>
    <message>
        <source>Choose where to save the map.</source>
        <translation>请选择地图的保存位置。</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 已存在，将被替换。</translation>
    </message>
    <message>
        <source>No preview: correct the choices marked in red.</source>
        <translation>无法预览：请更正红色标出的选项。</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>正在生成预览…</translation>
    </message>
    <message>
        <source>Map preview</source>
        <translation>地图预览</translation>
    </message>
    <message>
        <source>The first page at %1 dpi; the export is drawn the same way.</source>
        <translation>首页预览（%1 dpi）；导出的地图以同样方式绘制。</translation>
    </message>
    <message>
        <source>No preview: the template cannot be used.</source>
        <translation>无法预览：该模板无法使用。</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>无法预览：%1</translation>
    </message>
    <message>
        <source>the map could not be drawn</source>
        <translation>无法绘制地图</translation>
    </message>
</context>
<context>
    <name>riskatlas::MethodAssignmentTable</name>
    <message>
        <source>Scope</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Project-wide</source>
        <translation>全项目</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>类别 %1</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>（继承）</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>LEC</source>
        <translation>LEC</translation>
    </message>
    <message>
        <source>MES</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>riskatlas::MethodSetDraft</name>
    <message>
        <source>%1: the Chinese meaning of the value is empty</source>
        <translation>%1：该分值的中文含义为空</translation>
    </message>
    <message>
        <source>%1: the English meaning of the value is empty</source>
        <translation>%1：该分值的英文含义为空</translation>
    </message>
</context>
<context>
    <name>riskatlas::MethodSetEditor</name>
    <message>
        <source>Apply to the project</source>
        <translation>应用到项目</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>从模板开始…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import a method set</source>
        <translation>导入方法集</translation>
    </message>
    <message>
        <source>Method sets (*.json)</source>
        <translation>方法集 (*.json)</translation>
    </message>
    <message>
        <source>Export the method set</source>
        <translation>导出方法集</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Control-level correction (inherent → realistic risk)</source>
        <translation>管控水平修正（固有风险 → 现实风险）</translation>
    </message>
    <message>
        <source>Shift the level by steps</source>
        <translation>按级调整等级</translation>
    </message>
    <message>
        <source>Multiply the score</source>
        <translation>分值乘以系数</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>修正方式</translation>
    </message>
    <message>
        <source>Good control (好)</source>
        <translation>管控好</translation>
    </message>
    <message>
        <source>Fair control (中)</source>
        <translation>管控中</translation>
    </message>
    <message>
        <source>Poor control (差)</source>
        <translation>管控差</translation>
    </message>
    <message>
        <source>Highest unit level (从严从高)</source>
        <translation>从严从高（单元最高等级）</translation>
    </message>
    <message>
        <source>Weighted composite index</source>
        <translation>加权综合指数</translation>
    </message>
    <message>
        <source>Density of major and significant units</source>
        <translation>重大和较大风险单元密度</translation>
    </message>
    <message>
        <source>Method per scope (a sector's wins over its category's)</source>
        <translation>各范围的评估方法（行业领域优先于类别）</translation>
    </message>
    <message>
        <source>Region level</source>
        <translation>区域等级</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>将发生的变化</translation>
    </message>
    <message>
        <source>project-wide</source>
        <translation>全项目</translation>
    </message>
    <message>
        <source>Risk matrix (%1)</source>
        <translation>风险矩阵（%1）</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>模板 %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>the method set is not valid: %1</source>
        <translation>方法集无效：%1</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>无法应用：%1</translation>
    </message>
    <message>
        <source>Control-level correction</source>
        <translation>管控水平修正</translation>
    </message>
    <message>
        <source>Composite index (weighted rule)</source>
        <translation>综合指数（加权规则）</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>Correction and regions</source>
        <translation>修正与区域</translation>
    </message>
    <message>
        <source>Hazard influence zones</source>
        <translation>危险源影响范围</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>分值分级</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>因素取值</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>riskatlas::NewProjectWizard</name>
    <message>
        <source>New Project</source>
        <translation>新建项目</translation>
    </message>
    <message>
        <source>City or county, e.g. 示例市</source>
        <translation>城市或区县，例如 示例市</translation>
    </message>
    <message>
        <source>RiskAtlas project (*.gpkg)</source>
        <translation>RiskAtlas 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Project File</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>Where to save the project (.gpkg)</source>
        <translation>项目的保存位置（.gpkg）</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>替换现有文件</translation>
    </message>
    <message>
        <source>Boundaries or units (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.ods);;All files (*)</source>
        <translation>边界或风险单元 (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.ods);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Optional: a boundary or units file</source>
        <translation>可选：边界或风险单元文件</translation>
    </message>
    <message>
        <source>Decided by the first import</source>
        <translation>由首次导入决定</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>项目名称</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>项目文件</translation>
    </message>
    <message>
        <source>CRS from data file</source>
        <translation>从数据文件确定坐标系</translation>
    </message>
    <message>
        <source>Maps and areas are measured in it; a CGCS2000 3-degree Gauss-Kruger zone suits a city in China.</source>
        <translation>地图和面积均按此坐标系量算；国内城市宜采用 CGCS2000 3 度高斯-克吕格分带。</translation>
    </message>
    <message>
        <source>Project CRS</source>
        <translation>项目坐标系</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>No CRS could be suggested: %1</source>
        <translation>无法建议坐标系：%1</translation>
    </message>
    <message>
        <source>Suggested from %1: %2 – %3</source>
        <translation>根据 %1 建议：%2 – %3</translation>
    </message>
    <message>
        <source>%1 exists; creating the project replaces it and everything in it.</source>
        <translation>%1 已存在；创建项目将替换该文件及其全部内容。</translation>
    </message>
</context>
<context>
    <name>riskatlas::PaletteEditor</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Reset to default colours</source>
        <translation>恢复默认颜色</translation>
    </message>
    <message>
        <source>The colours of the levels on maps, in tables and in the report (the report's parameter annex prints them). Levels must stay easy to tell apart.</source>
        <translation>各风险等级在地图、表格和报告中的颜色（报告的参数附录列出这些颜色）。各等级的颜色必须易于区分。</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>%1的颜色</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>默认颜色</translation>
    </message>
    <message>
        <source>same colour as %1</source>
        <translation>与%1颜色相同</translation>
    </message>
    <message>
        <source>hard to tell from %1</source>
        <translation>与%1难以区分</translation>
    </message>
    <message>
        <source>Colour of %1: %2</source>
        <translation>%1的颜色：%2</translation>
    </message>
</context>
<context>
    <name>riskatlas::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — 演示</translation>
    </message>
    <message>
        <source>District, category, unit ID or name</source>
        <translation>区县、类别、风险单元编号或名称</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <source>Show the project's slides full screen for a review meeting; Esc leaves</source>
        <translation>全屏放映项目的幻灯片，用于评审会议；按 Esc 退出</translation>
    </message>
</context>
<context>
    <name>riskatlas::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>演讲者视图</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>下一页：%1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>最后一页</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>已用时 %1</translation>
    </message>
</context>
<context>
    <name>riskatlas::ProblemTableDialog</name>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%n 个问题；未导入任何数据</numerusform>
        </translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>另存为 CSV…</translation>
    </message>
    <message>
        <source>Save problems as CSV</source>
        <translation>将问题另存为 CSV</translation>
    </message>
    <message>
        <source>problems.csv</source>
        <translation>问题清单.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>riskatlas::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Outside every region: its position lies in no district, street or grid cell</source>
        <translation>不在任何区域内：其位置不在任何区县、街道或网格内</translation>
    </message>
    <message>
        <source>Units not scored (%1)</source>
        <translation>未评分的风险单元（%1）</translation>
    </message>
    <message>
        <source>Units outside every region (%1)</source>
        <translation>不在任何区域内的风险单元（%1）</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>……另有 %1 个</translation>
    </message>
    <message>
        <source>Cannot read the units: %1</source>
        <translation>无法读取风险单元：%1</translation>
    </message>
    <message>
        <source>Import warnings (%1)</source>
        <translation>导入警告（%1）</translation>
    </message>
</context>
<context>
    <name>riskatlas::RegionImportDialog</name>
    <message>
        <source>Import Regions</source>
        <translation>导入区域</translation>
    </message>
    <message>
        <source>Choose a Boundary File</source>
        <translation>选择边界文件</translation>
    </message>
    <message>
        <source>Boundaries (*.shp *.geojson *.json *.gpkg *.kml *.zip);;Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)</source>
        <translation>边界文件 (*.shp *.geojson *.json *.gpkg *.kml *.zip);;Shapefile (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The layer to read, for files that hold several</source>
        <translation>要读取的图层（用于含多个图层的文件）</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Streets and towns</source>
        <translation>街道/乡镇</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>The regions of this kind in the project are replaced</source>
        <translation>项目中该类型的区域将被替换</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>名称字段</translation>
    </message>
    <message>
        <source>The region's code (区划代码); without one, codes are numbered</source>
        <translation>区域的代码（区划代码）；没有时按序编号</translation>
    </message>
    <message>
        <source>Code field</source>
        <translation>代码字段</translation>
    </message>
    <message>
        <source>The code of the region each one lies in (a street's district)</source>
        <translation>所在上级区域的代码（如街道所属区县）</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>上级代码字段</translation>
    </message>
    <message>
        <source>As the file states</source>
        <translation>按文件声明</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>源坐标参考系</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Preview: the first regions as they will be read</source>
        <translation>预览：将按此读取的前几个区域</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>要素</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Choose a boundary file.</source>
        <translation>请选择边界文件。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The polygon is invalid; the import repairs it.</source>
        <translation>该多边形无效，导入时将自动修复。</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), %1, read in %2.</source>
        <translation>
            <numerusform>%n 个要素，%1，按 %2 读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>无几何</translation>
    </message>
    <message>
        <source>an unknown CRS</source>
        <translation>未知坐标参考系</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in these features, marked in red (hover for the reason).</source>
        <translation>
            <numerusform>这些要素中有 %n 个问题，已用红色标出（鼠标悬停可查看原因）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riskatlas::RegionTableDock</name>
    <message>
        <source>Cannot read the regions: %1</source>
        <translation>无法读取区域：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个区域</numerusform>
        </translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid Cells</source>
        <translation>网格</translation>
    </message>
</context>
<context>
    <name>riskatlas::RegionTableModel</name>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>区域编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>单元数</translation>
    </message>
    <message>
        <source>Aggregate index</source>
        <translation>综合指数</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>提级单元</translation>
    </message>
</context>
<context>
    <name>riskatlas::ReportExportDialog</name>
    <message>
        <source>Write Assessment Report</source>
        <translation>生成评估报告</translation>
    </message>
    <message>
        <source>Write Report To</source>
        <translation>报告保存到</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-评估报告</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>输出文件</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Write Report</source>
        <translation>生成报告</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 是文件夹。</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 已存在，将被替换。</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Word 文档 (*.docx);;OpenDocument 文本 (*.odt);;网页 (*.html)</translation>
    </message>
    <message>
        <source>PDF, A4, ready to send</source>
        <translation>PDF，A4，可直接交付</translation>
    </message>
    <message>
        <source>Word document (DOCX), to edit</source>
        <translation>Word 文档（DOCX），可编辑</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT), to edit</source>
        <translation>OpenDocument 文本（ODT），可编辑</translation>
    </message>
    <message>
        <source>Web page (HTML), one file</source>
        <translation>网页（HTML），单个文件</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX): risk list, regions, sectors</source>
        <translation>电子表格（XLSX）：风险清单、区域、行业</translation>
    </message>
    <message>
        <source>Report Template Folder</source>
        <translation>报告模板文件夹</translation>
    </message>
    <message>
        <source>built-in wording</source>
        <translation>内置措辞</translation>
    </message>
    <message>
        <source>A folder with your own wording (zh/purpose.md, en/conclusion.md …), logo.png and report.json; what it lacks comes from your user folder and the built-in set.</source>
        <translation>存放自定义措辞（zh/purpose.md、en/conclusion.md …）、logo.png 和 report.json 的文件夹；其中没有的内容取自用户文件夹和内置模板。</translation>
    </message>
    <message>
        <source>Template folder</source>
        <translation>模板文件夹</translation>
    </message>
    <message>
        <source>The report must end in .pdf, .docx, .odt or .html.</source>
        <translation>报告文件的扩展名必须是 .pdf、.docx、.odt 或 .html。</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>模板文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>RiskAtlas project (*.gpkg)</source>
        <translation>RiskAtlas 项目 (*.gpkg)</translation>
    </message>
    <message>
        <source>Compare with an Earlier Assessment</source>
        <translation>与此前评估对比</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <source>An earlier project (last year's, or a copy from before a review): the report gains the section "Comparison with the previous assessment" with the change map.</source>
        <translation>此前的项目（上一年度的，或复核前的副本）：报告将增加“与上期评估对比”一节及风险等级变化图。</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>对比项目</translation>
    </message>
</context>
<context>
    <name>riskatlas::ReviewControls</name>
    <message>
        <source>&amp;Start Review Session…</source>
        <translation>开始评审会(&amp;S)…</translation>
    </message>
    <message>
        <source>Start a review meeting: changes then need a reason, are recorded with the session and assessed at once</source>
        <translation>开始评审会：此后每项调整须说明理由，记入本次评审会并立即重新评估</translation>
    </message>
    <message>
        <source>&amp;End Review Session</source>
        <translation>结束评审会(&amp;E)</translation>
    </message>
    <message>
        <source>Write &amp;Minutes…</source>
        <translation>生成会议纪要(&amp;M)…</translation>
    </message>
    <message>
        <source>The minutes of the last review session: attendees, every change with its reason, counts and maps before and after (PDF, DOCX)</source>
        <translation>最近一次评审会的纪要：参会人员、每项调整及理由、评审前后的统计与地图（PDF、DOCX）</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>评审(&amp;R)</translation>
    </message>
    <message>
        <source>● Review session %1 in progress</source>
        <translation>● 第 %1 次评审会进行中</translation>
    </message>
    <message>
        <source>Write Minutes</source>
        <translation>生成会议纪要</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx);;OpenDocument (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Word (*.docx);;OpenDocument (*.odt);;网页 (*.html)</translation>
    </message>
</context>
<context>
    <name>riskatlas::ReviewSessionDialog</name>
    <message>
        <source>Start Review Session</source>
        <translation>开始评审会</translation>
    </message>
    <message>
        <source>While the session is open, every change of a unit needs the reason agreed, is recorded with the session and is assessed at once. End the session to write its minutes.</source>
        <translation>评审会进行期间，对风险单元的每项调整都须填写会上议定的理由，记入本次评审会并立即重新评估。结束评审会后可生成会议纪要。</translation>
    </message>
    <message>
        <source>Expert review of the risk assessment of %1</source>
        <translation>%1城市安全风险评估成果专家评审会</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>会议名称(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <source>e.g. meeting room 3, emergency management bureau</source>
        <translation>例如：市应急管理局三楼会议室</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>地点(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>主持人(&amp;C)</translation>
    </message>
    <message>
        <source>One per line: name, organisation</source>
        <translation>每行一人：姓名、单位</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>参会人员(&amp;A)</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>开始评审会</translation>
    </message>
</context>
<context>
    <name>riskatlas::RiskMatrixGrid</name>
    <message>
        <source>Levels from score bands (R = L × S)</source>
        <translation>按分值分级确定等级（R = L × S）</translation>
    </message>
    <message>
        <source>Levels cell by cell</source>
        <translation>逐格确定等级</translation>
    </message>
    <message>
        <source>Likelihood steps</source>
        <translation>可能性级数</translation>
    </message>
    <message>
        <source>Severity steps</source>
        <translation>严重性级数</translation>
    </message>
    <message>
        <source>Click a cell to raise its level, or type 1–4 (low … major). The first column and the last row hold each step's descriptor.</source>
        <translation>单击单元格提高其等级，或输入 1–4（低风险 … 重大风险）。第一列和最后一行为各级的描述。</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>S = %1</source>
        <translation>S = %1</translation>
    </message>
    <message>
        <source>L = %1</source>
        <translation>L = %1</translation>
    </message>
    <message>
        <source>Set cell L = %1, S = %2 to %3</source>
        <translation>将 L = %1、S = %2 格设为%3</translation>
    </message>
    <message>
        <source>Levels from score bands</source>
        <translation>按分值分级确定等级</translation>
    </message>
    <message>
        <source>Matrix size %1 × %2</source>
        <translation>矩阵大小 %1 × %2</translation>
    </message>
    <message>
        <source>Descriptor "%1"</source>
        <translation>描述“%1”</translation>
    </message>
    <message>
        <source>L = %1, S = %2, R = %3: %4</source>
        <translation>L = %1，S = %2，R = %3：%4</translation>
    </message>
</context>
<context>
    <name>riskatlas::SlideView</name>
    <message>
        <source>No map: the project has no layers yet</source>
        <translation>无地图：项目尚无图层</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>正在绘制地图……</translation>
    </message>
    <message>
        <source>Units by level</source>
        <translation>各等级单元数</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>No unit is at major risk.</source>
        <translation>无重大风险单元。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Not assessed yet: assess the project to list its major-risk units.</source>
        <translation>尚未评估：评估项目后即可列出重大风险单元。</translation>
    </message>
</context>
<context>
    <name>riskatlas::StartPage</name>
    <message>
        <source>RiskAtlas — urban safety-risk assessment</source>
        <translation>RiskAtlas — 城市安全风险评估</translation>
    </message>
    <message>
        <source>Import the risk units and boundaries a city sends, score every unit, and deliver the four-colour risk map and the assessment report.</source>
        <translation>导入城市提供的风险单元与行政区划边界，对每个风险单元评分，交付城市安全风险四色图与评估报告。</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>打开项目…</translation>
    </message>
    <message>
        <source>Open the sample city</source>
        <translation>打开示例城市</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>最近的项目</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>还没有最近打开的项目。</translation>
    </message>
    <message>
        <source>Builds a project from the bundled sample city's raw files (360 risk units, 12 districts) and assesses it</source>
        <translation>用随附示例城市的原始数据（360 个风险单元、12 个区县）建立项目并完成评估</translation>
    </message>
</context>
<context>
    <name>riskatlas::SummaryDock</name>
    <message>
        <source>Summary</source>
        <translation>统计汇总</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计……</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>（无类别）</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>无法读取项目：%1</translation>
    </message>
    <message>
        <source>%1 units: %2 scored, %3 not scored, %4 outside every region.</source>
        <translation>共 %1 个风险单元：已评分 %2 个，未评分 %3 个，不在任何区域内 %4 个。</translation>
    </message>
</context>
<context>
    <name>riskatlas::TaskProgressWidget</name>
    <message>
        <source>Cancel the running work; nothing of it is kept</source>
        <translation>取消正在运行的任务；其结果不会保留</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation>
            <numerusform>（另有 %n 项等待中）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riskatlas::TaxonomyEditor</name>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>分类体系</translation>
    </message>
    <message>
        <source>Categories and the sectors (行业领域) risk units are classified by. Double-click a cell to edit it. A sector that units use keeps its code and cannot be retired.</source>
        <translation>风险单元所属的类别和行业领域。双击单元格即可编辑。已有风险单元使用的行业领域须保留其代码，且不能停用。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>添加类别</translation>
    </message>
    <message>
        <source>Add Sector</source>
        <translation>添加行业领域</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>停用</translation>
    </message>
    <message>
        <source>Removes the selected sector (or empty category) from the taxonomy</source>
        <translation>从分类体系中移除所选的行业领域（或空类别）</translation>
    </message>
    <message>
        <source>Move to Category</source>
        <translation>移至类别</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) use this sector</source>
        <translation>
            <numerusform>%n 个风险单元属于此行业领域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) use code %1; it cannot change</source>
        <translation>
            <numerusform>%n 个风险单元使用代码 %1，不能修改</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation>
            <numerusform>%1（另有 %n 个问题）</numerusform>
        </translation>
    </message>
    <message>
        <source>The taxonomy lacks sectors that units use: %1</source>
        <translation>分类体系缺少风险单元正在使用的行业领域：%1</translation>
    </message>
    <message>
        <source>%1 cannot be retired: units still use it: %2. Move these units to another sector first.</source>
        <translation>无法停用 %1：仍有风险单元使用：%2。请先将这些风险单元移至其他行业领域。</translation>
    </message>
    <message>
        <source>%1 cannot be retired: it still has sectors. Retire them or move them to another category first.</source>
        <translation>无法停用 %1：其下仍有行业领域。请先停用这些行业领域或将其移至其他类别。</translation>
    </message>
    <message>
        <source>%1 retired; Apply makes it so in the project.</source>
        <translation>已停用 %1；点击“应用”后写入项目。</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitAddDialog</name>
    <message>
        <source>Add Unit</source>
        <translation>新增风险单元</translation>
    </message>
    <message>
        <source>e.g. the company or site</source>
        <translation>例如企业或场所名称</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Inputs (optional)</source>
        <translation>评分输入（可选）</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>A unit needs an ID.</source>
        <translation>风险单元需要编号。</translation>
    </message>
    <message>
        <source>Unit ID %1 is used by another unit.</source>
        <translation>单元编号 %1 已被其他单元使用。</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitDeleteDialog</name>
    <message>
        <source>Delete Units</source>
        <translation>删除风险单元</translation>
    </message>
    <message>
        <source>Delete unit %1? The audit log keeps its whole record; Undo restores it.</source>
        <translation>删除单元 %1？审计日志保留其完整记录；撤销可将其恢复。</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n units? The audit log keeps their records; Undo restores them.</source>
        <translation>
            <numerusform>删除这 %n 个单元？审计日志保留其完整记录；撤销可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Required, e.g. the company closed</source>
        <translation>必填，例如企业已关闭</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Units</source>
        <translation>
            <numerusform>删除 %n 个单元</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitEditorDock</name>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Select a unit on the map or in the unit table.</source>
        <translation>请在地图或风险单元表中选择一个风险单元。</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>评估输入</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation>固有风险等级</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>现实风险等级</translation>
    </message>
    <message>
        <source>With these inputs</source>
        <translation>按当前输入</translation>
    </message>
    <message>
        <source>Manual level</source>
        <translation>手动等级</translation>
    </message>
    <message>
        <source>No override (assessed level)</source>
        <translation>不调整（采用评估等级）</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Why (required for an override), e.g. expert review</source>
        <translation>理由（手动设定等级时必填），如：专家论证</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Columns kept from import</source>
        <translation>导入时保留的字段</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（未填写）</translation>
    </message>
    <message>
        <source>%1 (not an allowed value)</source>
        <translation>%1（不是允许的取值）</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>%1 (override: %2)</source>
        <translation>%1（手动设定：%2）</translation>
    </message>
    <message>
        <source>A manual level needs a reason.</source>
        <translation>手动设定等级必须填写理由。</translation>
    </message>
    <message>
        <source>%1 (override; scored %2)</source>
        <translation>%1（手动设定；评估结果为%2）</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1（分值 %2）</translation>
    </message>
    <message>
        <source>not scored: %1 = "%2"</source>
        <translation>无法评分：%1 =“%2”</translation>
    </message>
    <message>
        <source>Why (required during the review session): the reason agreed</source>
        <translation>理由（评审会期间必填）：会上议定的理由</translation>
    </message>
    <message>
        <source>During the review session every change needs the reason agreed.</source>
        <translation>评审会期间每项调整都须填写会上议定的理由。</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitImportDialog</name>
    <message>
        <source>Unit id</source>
        <translation>单元编号</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Longitude / X</source>
        <translation>经度 / X</translation>
    </message>
    <message>
        <source>Latitude / Y</source>
        <translation>纬度 / Y</translation>
    </message>
    <message>
        <source>Geometry (WKT)</source>
        <translation>几何（WKT）</translation>
    </message>
    <message>
        <source>Region (name or code)</source>
        <translation>所属区域（名称或代码）</translation>
    </message>
    <message>
        <source>Likelihood (L)</source>
        <translation>可能性（L）</translation>
    </message>
    <message>
        <source>Severity (S)</source>
        <translation>严重性（S）</translation>
    </message>
    <message>
        <source>LEC: likelihood (L)</source>
        <translation>LEC：事故发生的可能性（L）</translation>
    </message>
    <message>
        <source>LEC: exposure (E)</source>
        <translation>LEC：暴露于危险环境的频繁程度（E）</translation>
    </message>
    <message>
        <source>LEC: consequence (C)</source>
        <translation>LEC：事故后果（C）</translation>
    </message>
    <message>
        <source>MES: control measures (M)</source>
        <translation>MES：控制措施状态（M）</translation>
    </message>
    <message>
        <source>MES: exposure (E)</source>
        <translation>MES：暴露频繁程度（E）</translation>
    </message>
    <message>
        <source>MES: consequence (S)</source>
        <translation>MES：事故后果（S）</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>管控水平</translation>
    </message>
    <message>
        <source>Import Risk Units</source>
        <translation>导入风险单元</translation>
    </message>
    <message>
        <source>Choose a File of Risk Units</source>
        <translation>选择风险单元文件</translation>
    </message>
    <message>
        <source>Risk units (*.csv *.txt *.xlsx *.ods *.shp *.geojson *.json *.gpkg *.kml *.zip);;CSV (*.csv *.txt);;Spreadsheets (*.xlsx *.ods);;Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)</source>
        <translation>风险单元 (*.csv *.txt *.xlsx *.ods *.shp *.geojson *.json *.gpkg *.kml *.zip);;CSV (*.csv *.txt);;电子表格 (*.xlsx *.ods);;Shapefile (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>图层</translation>
    </message>
    <message>
        <source>The layer or sheet to read, for files that hold several</source>
        <translation>要读取的图层或工作表（用于含多个图层的文件）</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>The row holding the column names, for sheets with title rows above it</source>
        <translation>列名所在的行（用于列名上方有标题行的表格）</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>None (WGS 84 / CGCS2000)</source>
        <translation>无（WGS 84 / CGCS2000）</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02（高德、腾讯）</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09（百度）</translation>
    </message>
    <message>
        <source>Removes the offsets of Chinese web maps from coordinates picked on them</source>
        <translation>去除在国内网络地图上拾取的坐标中的偏移</translation>
    </message>
    <message>
        <source>Coordinate correction</source>
        <translation>坐标纠偏</translation>
    </message>
    <message>
        <source>As the file states (CSV: WGS 84 longitude/latitude)</source>
        <translation>按文件声明（CSV：WGS 84 经纬度）</translation>
    </message>
    <message>
        <source>The coordinate reference system of the positions, for files that state none or state it wrongly</source>
        <translation>位置坐标的坐标参考系（用于未声明或声明有误的文件）</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>源坐标参考系</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>选择方式</translation>
    </message>
    <message>
        <source>* required. A unit needs a position: longitude and latitude, WKT, the layer's own geometry, or a region.</source>
        <translation>* 为必填。风险单元需要位置：经纬度、WKT、图层自带的几何，或所属区域。</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>预览：将按此读取的前几行</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>you</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>请选择</translation>
    </message>
    <message>
        <source>Several columns look like this field: %1</source>
        <translation>多个列都像该字段：%1</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Longitude, latitude</source>
        <translation>经度, 纬度</translation>
    </message>
    <message>
        <source>X, Y</source>
        <translation>X, Y</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language of the sector names: en or zh</comment>
        <translation>zh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Choose a file of risk units.</source>
        <translation>请选择风险单元文件。</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1:</source>
        <translation>
            <numerusform>%1 行中的前 %n 行：</numerusform>
        </translation>
    </message>
    <message>
        <source>no problems.</source>
        <translation>没有问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), marked in red (hover for the reason).</source>
        <translation>
            <numerusform>%n 个问题，已用红色标出（鼠标悬停可查看原因）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions are read in %1.</source>
        <translation>位置按 %1 读取。</translation>
    </message>
    <message>
        <source>Text encoding: %1.</source>
        <translation>文本编码：%1。</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitTableDock</name>
    <message>
        <source>Risk Units</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>管控水平</translation>
    </message>
    <message>
        <source>ID, name or address contains…</source>
        <translation>编号、名称或地址包含……</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>All control levels</source>
        <translation>全部管控水平</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>Outside every region</source>
        <translation>不在任何区域内</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>全部行业领域</translation>
    </message>
    <message>
        <source>Cannot read the units: %1</source>
        <translation>无法读取风险单元：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个风险单元</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 / %2 个风险单元</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitTableModel</name>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>好</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>中</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>差</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>LEC</source>
        <translation>LEC 法</translation>
    </message>
    <message>
        <source>MES</source>
        <translation>MES 法</translation>
    </message>
    <message>
        <source>(no longer in the project)</source>
        <translation>（已不在项目中）</translation>
    </message>
    <message>
        <source>Outside every region</source>
        <translation>不在任何区域内</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>单位编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业领域</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>所在区域</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>评估方法</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>管控水平</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1（手动设定）</translation>
    </message>
</context>
<context>
    <name>riskatlas::WhatIfPanel</name>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>应用后</translation>
    </message>
    <message>
        <source>Edit the method set to see which units and regions would change level.</source>
        <translation>编辑方法集，即可看到哪些风险单元和区域的等级将发生变化。</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>正在计算将发生的变化…</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2：%3</translation>
    </message>
    <message numerus="yes">
        <source>(the list shows the first %n unit(s))</source>
        <translation>
            <numerusform>（列表显示前 %n 个风险单元）</numerusform>
        </translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>风险单元</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>街道</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>网格</translation>
    </message>
    <message>
        <source>%1 and %2 would change level.</source>
        <translation>%1和%2的等级将发生变化。</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n 个风险单元</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation>
            <numerusform>%n 个区域</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>riskatlas::WorkflowCommands</name>
    <message numerus="yes">
        <source>%n row(s) read: %1 added, %2 updated, %3 unchanged</source>
        <translation>
            <numerusform>已读取 %n 行：新增 %1，更新 %2，未变 %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have no coordinates and were placed by their region's name or code only</source>
        <translation>
            <numerusform>%n 个风险单元没有坐标，仅按所属区域名称或代码定位</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assessed, %1 scored; %2 level change(s)</source>
        <translation>
            <numerusform>已评估 %n 个风险单元，其中 %1 个已评分；%2 个等级变化</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) lie outside every region</source>
        <translation>
            <numerusform>%n 个风险单元不在任何区域内</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) could not be scored (see Problems)</source>
        <translation>
            <numerusform>%n 个风险单元无法评分（见“问题”）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cancelled; the project is unchanged</source>
        <translation>%1：已取消，项目未改变</translation>
    </message>
    <message>
        <source>%1 failed; the project is unchanged.</source>
        <translation>%1失败，项目未改变。</translation>
    </message>
    <message>
        <source>Sample city</source>
        <translation>示例市</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>无法创建示例项目</translation>
    </message>
    <message>
        <source>Building the sample city</source>
        <translation>正在建立示例城市</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>风险评估</translation>
    </message>
    <message>
        <source>Export Risk List</source>
        <translation>导出风险清单</translation>
    </message>
    <message>
        <source>risk-list</source>
        <translation>风险清单</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Risk list export</source>
        <translation>导出风险清单</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1</source>
        <translation>
            <numerusform>已将 %n 个风险单元写入 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>无法保存副本</translation>
    </message>
    <message>
        <source>A copy of the project was saved as %1</source>
        <translation>项目副本已保存为 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n warning(s), see Problems</source>
        <translation>
            <numerusform>%1：%2 — %n 条警告，见“问题”</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1失败</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>导入 %1</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>生成网格</translation>
    </message>
    <message>
        <source>Map export</source>
        <translation>导出风险图</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written: %1</source>
        <translation>
            <numerusform>已写入 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Report</source>
        <translation>评估报告</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>已写入 %1</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <source>Cannot read the method set</source>
        <translation>无法读取评估方法</translation>
    </message>
    <message>
        <source>Method Set — %1</source>
        <translation>评估方法 — %1</translation>
    </message>
    <message>
        <source>Import Hidden Dangers</source>
        <translation>导入事故隐患</translation>
    </message>
    <message>
        <source>Hidden-danger registers (*.csv *.xlsx);;All files (*)</source>
        <translation>事故隐患台账 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Hidden-danger import</source>
        <translation>事故隐患导入</translation>
    </message>
    <message>
        <source>Hidden-danger update</source>
        <translation>事故隐患更新</translation>
    </message>
    <message>
        <source>Hidden danger %1: %2</source>
        <translation>事故隐患 %1：%2</translation>
    </message>
    <message>
        <source>Review session</source>
        <translation>评审会</translation>
    </message>
    <message>
        <source>session %1 started; changes now need a reason</source>
        <translation>第 %1 次评审会已开始；此后的调整须说明理由</translation>
    </message>
    <message>
        <source>session %1 ended</source>
        <translation>第 %1 次评审会已结束</translation>
    </message>
    <message>
        <source>Review minutes</source>
        <translation>会议纪要</translation>
    </message>
</context>
</TS>
