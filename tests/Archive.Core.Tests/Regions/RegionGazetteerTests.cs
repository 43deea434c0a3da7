using Archive.Core.Regions;

namespace Archive.Core.Tests.Regions;

public sealed class RegionGazetteerTests
{
    private static readonly RegionGazetteer Gazetteer = RegionGazetteer.Default;

    [Fact]
    public void Find_WeishanCounty_HasJiningAsParent()
    {
        var weishan = Gazetteer.Find("370826");
        Assert.NotNull(weishan);
        Assert.Equal("微山县", weishan.Name);
        Assert.Equal("370800", weishan.ParentCode);
        Assert.Equal(RegionLevel.County, weishan.Level);
        Assert.Equal(["山东省", "济宁市", "微山县"], Gazetteer.PathOf("370826").Select(r => r.Name));
    }

    [Fact]
    public void FindByName_FullAndShortNames_FindPingluoAndNingxia()
    {
        Assert.Equal("640221", Assert.Single(Gazetteer.FindByName("平罗县")).Code);
        Assert.Equal("640221", Assert.Single(Gazetteer.FindByName("平罗")).Code);
        Assert.Equal("640000", Assert.Single(Gazetteer.FindByName("宁夏")).Code);
        Assert.Equal("640000", Assert.Single(Gazetteer.FindByName("宁夏回族自治区")).Code);
        Assert.Equal("640500", Assert.Single(Gazetteer.FindByName("中卫")).Code);
    }

    [Fact]
    public void ToRef_Pingluo_PathAndLevel()
    {
        var reference = Gazetteer.ToRef(Gazetteer.Find("640221")!);
        Assert.Equal(["宁夏回族自治区", "石嘴山市", "平罗县"], reference.Path);
        Assert.Equal(RegionLevel.County, reference.Level);
    }

    [Fact]
    public void Resolve_AmbiguousCountyName_UsesProvinceOrPrefectureContext()
    {
        Assert.True(Gazetteer.FindByName("朝阳区").Count > 1);
        Assert.Null(Gazetteer.Resolve("朝阳区", []));
        Assert.Equal("110105", Gazetteer.Resolve("朝阳区", ["北京市"])!.Code);
        Assert.Equal("220104", Gazetteer.Resolve("朝阳区", ["长春"])!.Code);
        Assert.Equal("640221", Gazetteer.Resolve("平罗县", [])!.Code);
    }

    [Fact]
    public void All_MunicipalitiesAndProvinceAdministeredCounties_HangUnderTheProvince()
    {
        Assert.Equal("110000", Gazetteer.Find("110101")!.ParentCode);
        Assert.Null(Gazetteer.Find("110100"));
        Assert.Equal("420000", Gazetteer.Find("429004")!.ParentCode);
        Assert.All(Gazetteer.All.Where(r => r.ParentCode is not null), r => Assert.NotNull(Gazetteer.Find(r.ParentCode!)));
        Assert.Equal(31, Gazetteer.All.Count(r => r.Level == RegionLevel.Province));
        Assert.True(Gazetteer.All.Count > 3000);
    }

    [Theory]
    [InlineData("宁夏回族自治区", "宁夏")]
    [InlineData("恩施土家族苗族自治州", "恩施")]
    [InlineData("平罗县", "平罗")]
    [InlineData("城区", "城区")]
    [InlineData("内蒙古自治区", "内蒙古")]
    public void ShortName_StripsDesignationAndEthnicGroups(string name, string expected) =>
        Assert.Equal(expected, RegionGazetteer.ShortName(name));
}
