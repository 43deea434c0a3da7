using Archive.Core.Agencies;
using Archive.Core.Vocabulary;

namespace Archive.Core.Tests.Agencies;

public sealed class AgencyKindsTests
{
    [Theory]
    [InlineData("中卫市工业和信息化局", "industry_and_it")]
    [InlineData("微山县经信局", "industry_and_it")]
    [InlineData("平罗县人民政府", "people_government")]
    [InlineData("平罗县人民政府办公室", "government_office")]
    [InlineData("贺兰工业园区管理委员会", "development_zone")]
    [InlineData("银川经济技术开发区管委会", "development_zone")]
    [InlineData("兰州新区人民政府", "people_government")]
    [InlineData("成都高新区财政局", "finance")]
    [InlineData("宝丰镇人民政府", "township")]
    [InlineData("城关街道办事处", "subdistrict")]
    [InlineData("平罗县公安局", "public_security")]
    [InlineData("石嘴山市卫生健康委员会", "health")]
    [InlineData("平罗县城市管理综合执法局", "urban_management")]
    [InlineData("国家税务总局平罗县税务局", "other")]
    [InlineData("平罗县档案馆", "other")]
    [InlineData("", "other")]
    public void Classify_AgencyName_GivesKind(string name, string expected) =>
        Assert.Equal(expected, AgencyKinds.Classify(name).StableId());

    [Fact]
    public void All_EveryKindHasUniqueIdAndChineseLabel()
    {
        Assert.Equal(Enum.GetValues<AgencyKind>(), AgencyKinds.All.Select(k => k.Kind));
        Assert.All(AgencyKinds.All, k => Assert.False(string.IsNullOrEmpty(k.Label)));
        Assert.Equal("工业和信息化", AgencyKinds.LabelOf("industry_and_it"));
    }
}
