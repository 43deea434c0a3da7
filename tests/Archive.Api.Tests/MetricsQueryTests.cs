using System.Text.Json;
using Archive.Api.Tests.Infrastructure;
using Archive.Testing.Databases;

namespace Archive.Api.Tests;

[Collection(ApiCollection.Name)]
/// <remarks>Not sealed: <see cref="MetricsQueryPostgreSqlTests"/> runs the same tests on PostgreSQL.</remarks>
public class MetricsQueryTests(ApiHost host)
{
    [StorageFact]
    public async Task Metrics_GroupedByProvinceAndYear_EqualSqlComputedInTheTest()
    {
        var data = (await host.Client.PostAsync(
            """
            { metrics(keys: ["apply.new.total", "review.total"], groupBy: [PROVINCE, YEAR], filter: {yearFrom: 2019}) {
                key unit year province { code name } sum avg min max count reportCount value
            } }
            """)).Ok().GetProperty("metrics").EnumerateArray().ToList();

        var expected = host.Query(
            """
            SELECT k.Key, r.ProvinceCode, r.Year, SUM(m.Value), AVG(m.Value), MIN(m.Value), MAX(m.Value), COUNT(*), COUNT(DISTINCT m.ReportId)
            FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId JOIN Reports r ON r.Id = m.ReportId
            WHERE k.Key IN ('apply.new.total', 'review.total') AND r.Year >= 2019
            GROUP BY k.Key, m.Unit, r.ProvinceCode, r.Year
            """,
            r => (Key: r.GetString(0), Province: r.IsDBNull(1) ? null : r.GetString(1), Year: r.GetInt32(2),
                Sum: r.GetDouble(3), Avg: r.GetDouble(4), Min: r.GetDouble(5), Max: r.GetDouble(6), Count: r.GetInt32(7), Reports: r.GetInt32(8)));

        Assert.True(expected.Count > 10);
        Assert.Equal(expected.Count, data.Count);
        foreach (var group in expected)
        {
            var match = Assert.Single(data, g =>
                g.GetProperty("key").GetString() == group.Key
                && g.GetProperty("year").GetInt32() == group.Year
                && (g.GetProperty("province").ValueKind == JsonValueKind.Null ? null : g.GetProperty("province").GetProperty("code").GetString()) == group.Province);
            Assert.Equal(group.Sum, match.GetProperty("sum").GetDouble(), 6);
            Assert.Equal(group.Sum, match.GetProperty("value").GetDouble(), 6);
            Assert.Equal(group.Avg, match.GetProperty("avg").GetDouble(), 6);
            Assert.Equal(group.Min, match.GetProperty("min").GetDouble(), 6);
            Assert.Equal(group.Max, match.GetProperty("max").GetDouble(), 6);
            Assert.Equal(group.Count, match.GetProperty("count").GetInt32());
            Assert.Equal(group.Reports, match.GetProperty("reportCount").GetInt32());
        }
    }

    [StorageFact]
    public async Task Metrics_MoneyInTwoUnits_AreNeverAddedTogether()
    {
        var data = (await host.Client.PostAsync(
            "{ metrics(keys: [\"active.procurement.amount\"], groupBy: [AGENCY_KIND], aggregate: AVG) { unit agencyKind avg value reportCount } }"))
            .Ok().GetProperty("metrics").EnumerateArray().ToList();

        var expected = host.Query(
            """
            SELECT m.Unit, r.AgencyKind, AVG(m.Value), COUNT(DISTINCT m.ReportId) FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId JOIN Reports r ON r.Id = m.ReportId
            WHERE k.Key = 'active.procurement.amount' GROUP BY m.Unit, r.AgencyKind
            """,
            r => (Unit: r.IsDBNull(0) ? null : r.GetString(0), Kind: r.GetString(1), Avg: r.GetDouble(2), Reports: r.GetInt32(3)));

        var units = data.Select(g => g.GetProperty("unit").GetString()).Distinct().ToList();
        Assert.Contains("万元", units);
        Assert.Contains("元", units);
        Assert.Equal(expected.Count, data.Count);
        foreach (var group in expected)
        {
            var match = Assert.Single(data, g => g.GetProperty("unit").GetString() == group.Unit && g.GetProperty("agencyKind").GetString() == group.Kind);
            Assert.Equal(group.Avg, match.GetProperty("value").GetDouble(), 6);
            Assert.Equal(group.Reports, match.GetProperty("reportCount").GetInt32());
        }
    }

    [StorageFact]
    public async Task Metrics_GroupedByAgencyInACounty_NameTheAgencies()
    {
        var data = (await host.Client.PostAsync(
            "{ metrics(keys: [\"legacy.active.total\"], groupBy: [AGENCY, COUNTY], filter: {regionCode: \"640221\"}) { agency { name region { code } } county { name } sum } }"))
            .Ok().GetProperty("metrics").EnumerateArray().ToList();

        var expected = host.Query(
            """
            SELECT a.Name, SUM(m.Value) FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId JOIN Reports r ON r.Id = m.ReportId JOIN Agencies a ON a.Id = r.AgencyId
            WHERE k.Key = 'legacy.active.total' AND r.CountyCode = '640221' GROUP BY a.Id
            """,
            r => (Name: r.GetString(0), Sum: r.GetDouble(1)));
        Assert.NotEmpty(expected);
        Assert.Equal(
            expected.Select(e => (e.Name, e.Sum)).Order(),
            data.Select(g => (g.GetProperty("agency").GetProperty("name").GetString()!, g.GetProperty("sum").GetDouble())).Order());
        Assert.All(data, g => Assert.Equal("平罗县", g.GetProperty("county").GetProperty("name").GetString()));
    }

    [StorageFact]
    public async Task MetricSeries_YearByYear_EqualsSql()
    {
        var data = (await host.Client.PostAsync(
            "{ metricSeries(key: \"apply.new.total\", filter: {regionCode: \"640000\"}) { key label points { year unit sum count reportCount } } }"))
            .Ok().GetProperty("metricSeries");

        var expected = host.Query(
            """
            SELECT r.Year, SUM(m.Value), COUNT(*) FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId JOIN Reports r ON r.Id = m.ReportId
            WHERE k.Key = 'apply.new.total' AND r.ProvinceCode = '640000' AND r.Year IS NOT NULL GROUP BY r.Year ORDER BY r.Year
            """,
            r => (Year: r.GetInt32(0), Sum: r.GetDouble(1), Count: r.GetInt32(2)));
        Assert.Equal("apply.new.total", data.GetProperty("key").GetString());
        Assert.Equal(
            expected,
            data.GetProperty("points").EnumerateArray().Select(p => (p.GetProperty("year").GetInt32(), p.GetProperty("sum").GetDouble(), p.GetProperty("count").GetInt32())));
    }

    [StorageTheory]
    [InlineData("{ metrics(keys: [\"no.such.key\"]) { sum } }", "NOT_FOUND")]
    [InlineData("{ metrics(keys: []) { sum } }", "BAD_USER_INPUT")]
    [InlineData("{ metricSeries(key: \"apply.nope\") { key } }", "NOT_FOUND")]
    public async Task Metrics_WithUnknownOrNoKeys_AnswerACodedError(string query, string code)
    {
        var response = await host.Client.PostAsync(query);

        Assert.Equal([code], response.ErrorCodes);
    }

    [StorageFact]
    public async Task MetricKeys_ListTheDictionaryWithUnitAndTemplates()
    {
        var data = (await host.Client.PostAsync("{ metricKeys(prefix: \"apply.new\") { key label unit templates } }")).Ok().GetProperty("metricKeys");

        var expected = Archive.Core.Metrics.MetricDictionary.All.Select(d => d.Key).Where(k => k.StartsWith("apply.new", StringComparison.Ordinal));
        Assert.Equal(expected, data.EnumerateArray().Select(k => k.GetProperty("key").GetString()));
        var stored = host.Query("SELECT DISTINCT k.Key FROM Metrics m JOIN MetricKeys k ON k.Id = m.KeyId WHERE k.Key LIKE 'apply.new%'", r => r.GetString(0));
        Assert.All(stored, key => Assert.Contains(key, expected));
        var total = data.EnumerateArray().Single(k => k.GetProperty("key").GetString() == "apply.new.total");
        Assert.Equal("件", total.GetProperty("unit").GetString());
        Assert.Contains("V2021", total.GetProperty("templates").EnumerateArray().Select(t => t.GetString()));
    }

    [StorageFact]
    public async Task Regions_ForAPicker_ListChildrenLevelsAndPaths()
    {
        var data = (await host.Client.PostAsync(
            """
            {
              provinces: regions { code name level }
              ningxia: regions(parent: "640000") { code name parent { code } }
              counties: regions(level: COUNTY) { code path { name } fullName }
              one: region(code: "370826") { name fullName path { code level } }
            }
            """)).Ok();

        Assert.Equal(
            host.Query("SELECT Code FROM Regions WHERE ParentCode IS NULL ORDER BY Code", r => r.GetString(0)),
            data.GetProperty("provinces").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        Assert.Equal(
            host.Query("SELECT Code FROM Regions WHERE ParentCode = '640000' ORDER BY Code", r => r.GetString(0)),
            data.GetProperty("ningxia").EnumerateArray().Select(r => r.GetProperty("code").GetString()));
        // A county's path runs from its province down: three regions, or two where it sits directly under a
        // municipality or province (北京市朝阳区, 省直辖县级 cities).
        var depth = host.Query(
            "SELECT c.Code, CASE WHEN p.ParentCode IS NULL THEN 2 ELSE 3 END FROM Regions c JOIN Regions p ON p.Code = c.ParentCode WHERE c.Level = 'county'",
            r => (r.GetString(0), r.GetInt32(1))).ToDictionary(x => x.Item1, x => x.Item2);
        Assert.All(data.GetProperty("counties").EnumerateArray(), r => Assert.Equal(depth[r.GetProperty("code").GetString()!], r.GetProperty("path").GetArrayLength()));
        Assert.Equal("山东省济宁市微山县", data.GetProperty("one").GetProperty("fullName").GetString());
        Assert.Equal(
            ["PROVINCE", "PREFECTURE", "COUNTY"],
            data.GetProperty("one").GetProperty("path").EnumerateArray().Select(r => r.GetProperty("level").GetString()));
    }

    [StorageFact]
    public async Task Agencies_OfAProvince_PageByNameThroughAllOfThem()
    {
        var names = new List<string>();
        string? after = null;
        int total;
        do
        {
            var page = (await host.Client.PostAsync(
                "query ($after: String) { agencies(filter: {regionCode: \"640000\"}, first: 7, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { name kind region { code } } } }",
                new { after })).Ok().GetProperty("agencies");
            total = page.GetProperty("totalCount").GetInt32();
            names.AddRange(page.GetProperty("nodes").EnumerateArray().Select(a => a.GetProperty("name").GetString()!));
            after = page.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean() ? page.GetProperty("pageInfo").GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        var expected = host.Query(
            """
            SELECT a.Name FROM Agencies a LEFT JOIN Regions r ON r.Code = a.RegionCode LEFT JOIN Regions p ON p.Code = r.ParentCode
            WHERE a.RegionCode = '640000' OR r.ParentCode = '640000' OR p.ParentCode = '640000' ORDER BY a.Name, a.Id
            """,
            r => r.GetString(0));
        Assert.True(expected.Count > 7);
        Assert.Equal(expected.Count, total);
        Assert.Equal(expected, names);
        Assert.Equal(expected.Order(StringComparer.Ordinal), names);
    }
}

[Collection(PostgreSqlApiCollection.Name)]
[PostgreSqlTests]
public sealed class MetricsQueryPostgreSqlTests(PostgreSqlApiHost host) : MetricsQueryTests(host);
