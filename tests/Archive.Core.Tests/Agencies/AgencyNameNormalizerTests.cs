using Archive.Core.Agencies;

namespace Archive.Core.Tests.Agencies;

public sealed class AgencyNameNormalizerTests
{
    private static readonly string[] County = ["宁夏回族自治区", "中卫市", "中宁县"];

    [Theory]
    [InlineData("中宁县经信局", "工业和信息化局")]
    [InlineData("中宁县经济和信息化局", "工业和信息化局")]
    [InlineData("中宁县工信局", "工业和信息化局")]
    [InlineData("中宁县工业和信息化局", "工业和信息化局")]
    [InlineData("中宁县卫计委", "卫生健康委员会")]
    [InlineData("中宁县卫生和计划生育委员会", "卫生健康委员会")]
    [InlineData("中宁县卫生健康局", "卫生健康委员会")]
    [InlineData("中宁县国土资源局", "自然资源局")]
    [InlineData("中宁县环保局", "生态环境局")]
    [InlineData("中宁县环境保护局", "生态环境局")]
    [InlineData("中宁县农业局", "农业农村局")]
    [InlineData("中宁县农牧局", "农业农村局")]
    [InlineData("中宁县文广新局", "文化和旅游局")]
    [InlineData("中宁 县 财政局", "财政局")]
    [InlineData("宁夏回族自治区中卫市中宁县财政局", "财政局")]
    public void Normalize_SuccessiveNamesOfOneBody_GiveOneName(string printed, string expected) =>
        Assert.Equal(expected, AgencyNameNormalizer.Default.Normalize(printed, County).Name);

    [Fact]
    public void Normalize_RecordsTheRenamesUsed_InOrder()
    {
        var normalizer = new AgencyNameNormalizer(AgencyNameNormalizer.Parse("卫生局\t卫生和计划生育委员会\t2013\n卫生和计划生育委员会\t卫生健康委员会\t2018\n"));

        var name = normalizer.Normalize("某县卫生局", ["某县"]);

        Assert.Equal("卫生健康委员会", name.Name);
        Assert.Equal(["卫生局", "卫生和计划生育委员会"], name.Renames.Select(r => r.From));
    }

    [Fact]
    public void Normalize_CurrentDesignation_UsesNoRename()
    {
        var name = AgencyNameNormalizer.Default.Normalize("中宁县人民政府办公室", County);

        Assert.Equal("人民政府办公室", name.Name);
        Assert.Empty(name.Renames);
    }

    [Theory]
    // Bodies that existed side by side before a merger stay apart (工商局, 质监局 → 市场监督管理局; 文化局 and 旅游局).
    [InlineData("中宁县工商行政管理局", "中宁县质量技术监督局")]
    [InlineData("中宁县财政局", "中宁县审计局")]
    [InlineData("中宁县人民政府", "中宁县人民政府办公室")]
    public void Normalize_DifferentBodies_StayApart(string one, string other) =>
        Assert.NotEqual(AgencyNameNormalizer.Default.Normalize(one, County).Name, AgencyNameNormalizer.Default.Normalize(other, County).Name);

    [Fact]
    public void Normalize_RegionsOwnGovernment_KeepsItsDesignation() =>
        Assert.Equal("人民政府", AgencyNameNormalizer.Default.Normalize("中宁县人民政府", County).Name);

    [Fact]
    public void Parse_LineWithoutTarget_IsRefused() =>
        Assert.Throws<FormatException>(() => AgencyNameNormalizer.Parse("经信局\n"));

    [Fact]
    public void DefaultTable_EveryTargetIsFinal_AndNoLineMapsToItself()
    {
        var renames = AgencyNameNormalizer.Default.Renames;
        Assert.NotEmpty(renames);
        Assert.All(renames, r => Assert.NotEqual(r.From, r.To));
        // A target that another line would rename again means the table is not kept current.
        Assert.All(renames, r => Assert.DoesNotContain(renames, other => other.From == r.To));
    }
}
