using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Storage;
using Archive.Storage.Entities;
using Archive.Testing;
using Archive.Testing.Databases;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Archive.Storage.Tests;

/// <summary>The store on SQLite; <see cref="ReportStorePostgreSqlTests"/> runs the same tests on PostgreSQL (not sealed for that).</summary>
public class ReportStoreTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private TestDatabase _database = null!;
    private ServiceProvider _services = null!;

    protected virtual TestProvider Provider => TestProvider.Sqlite;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider, nameof(ReportStoreTests));
        _services = StorageServices.Build(_temp.Path, _database);
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await _services.DisposeAsync();
        await _database.DisposeAsync();
        _temp.Dispose();
    }

    [StorageFact]
    public async Task Upsert_SameContentTwice_IsAddedThenUnchanged()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var report = Prepared("/r/a.txt", "甲报告正文", regionCode: "640221");

        var first = await store.UpsertAsync(report, CancellationToken.None);
        var second = await store.UpsertAsync(report, CancellationToken.None);

        Assert.Equal(StoreStatus.Added, first.Status);
        Assert.Equal(StoreStatus.Unchanged, second.Status);
        Assert.Equal(first.ReportId, second.ReportId);
    }

    [StorageFact]
    public async Task Upsert_SamePathNewContent_ReplacesTextMetricsAndFlags()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var first = await store.UpsertAsync(Prepared("/r/b.txt", "旧正文 受理申请5件", metricValue: 5), CancellationToken.None);
        var second = await store.UpsertAsync(Prepared("/r/b.txt", "新正文 受理申请7件", metricValue: 7), CancellationToken.None);

        Assert.Equal(StoreStatus.Updated, second.Status);
        Assert.Equal(first.ReportId, second.ReportId);
        await using var db = await Db();
        var stored = await db.Reports.Include(r => r.Metrics).Include(r => r.Flags).AsSplitQuery().SingleAsync(r => r.Id == second.ReportId);
        Assert.Equal("新正文 受理申请7件", stored.NormalizedText);
        var metric = Assert.Single(stored.Metrics);
        Assert.Equal(7, metric.Value);
        Assert.Single(stored.Flags);
    }

    [StorageFact]
    public async Task Upsert_CountyRegion_FillsEveryLevelCode()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var outcome = await store.UpsertAsync(Prepared("/r/c.txt", "平罗县报告", regionCode: "640221"), CancellationToken.None);

        await using var db = await Db();
        var stored = await db.Reports.SingleAsync(r => r.Id == outcome.ReportId);
        Assert.Equal(("640221", "640000", "640200", "640221"), (stored.RegionCode, stored.ProvinceCode, stored.PrefectureCode, stored.CountyCode));
        Assert.NotNull(stored.AgencyId);
    }

    [StorageFact]
    public async Task Upsert_UnknownRegionCode_StoresNoRegion()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var outcome = await store.UpsertAsync(Prepared("/r/d.txt", "某报告", regionCode: "999999"), CancellationToken.None);

        await using var db = await Db();
        var stored = await db.Reports.SingleAsync(r => r.Id == outcome.ReportId);
        Assert.Null(stored.RegionCode);
        Assert.Null(stored.ProvinceCode);
    }

    [StorageFact]
    public async Task MarkIndexed_SetsTheFlagOnlyForTheGivenReports()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var a = await store.UpsertAsync(Prepared("/r/e.txt", "报告一"), CancellationToken.None);
        var b = await store.UpsertAsync(Prepared("/r/f.txt", "报告二"), CancellationToken.None);

        await store.MarkIndexedAsync([a.ReportId], CancellationToken.None);

        Assert.True((await store.UpsertAsync(Prepared("/r/e.txt", "报告一"), CancellationToken.None)).Indexed);
        Assert.False((await store.UpsertAsync(Prepared("/r/f.txt", "报告二"), CancellationToken.None)).Indexed);
        Assert.NotEqual(a.ReportId, b.ReportId);
    }

    [StorageFact]
    public async Task Upsert_MetricSourceEqualToTheTextsCut_IsStoredAsOffsetsOnly()
    {
        var store = _services.GetRequiredService<ReportStore>();
        const string text = "甲\n受理申请5件\n收费3万元";
        var same = new ExtractedMetric("apply.new.total", 5, "件", MetricOrigin.Prose, "受理申请5件", 2, 8);
        var differs = new ExtractedMetric("active.fees.amount", 3, "万元", MetricOrigin.Prose, "收费３万元", 9, 14);
        var prepared = Prepared("/r/g.txt", text) with { Metrics = [same, differs] };

        var outcome = await store.UpsertAsync(prepared, CancellationToken.None);

        await using var db = await Db();
        var stored = await db.Metrics.Include(m => m.MetricKey).Where(m => m.ReportId == outcome.ReportId).OrderBy(m => m.MetricKey!.Key).ToListAsync();
        Assert.Equal([("active.fees.amount", "收费３万元"), ("apply.new.total", null)], stored.Select(m => (m.MetricKey!.Key, m.SourceText)));
        Assert.Equal(["收费３万元", "受理申请5件"], stored.Select(m => MetricSources.Text(m.SourceText, text, m.SourceStart, m.SourceEnd)));
    }

    [Fact]
    public async Task Upsert_Texts_AreStoredCompressed_AndTheOriginalOnlyWhereItDiffers()
    {
        var store = _services.GetRequiredService<ReportStore>();
        var text = string.Concat(Enumerable.Repeat("本年度共受理政府信息公开申请5件，其中当面申请2件。\n", 40)) + "𠀀";
        var same = await store.UpsertAsync(Prepared("/r/same.txt", text), CancellationToken.None);
        var differing = Prepared("/r/diff.txt", text + "乙") with { OriginalText = text.Replace("\n", "\r\n", StringComparison.Ordinal) + "乙" };
        var other = await store.UpsertAsync(differing, CancellationToken.None);

        await using var db = await Db();
        var read = await db.Reports.AsNoTracking().OrderBy(r => r.Id).Select(r => new { r.OriginalText, r.NormalizedText }).ToListAsync();
        Assert.Equal((null, text), (read[0].OriginalText, read[0].NormalizedText));
        Assert.Equal(text + "乙", read[1].NormalizedText);
        Assert.Equal(differing.OriginalText, ReportEntity.OriginalOrNormalized(read[1].OriginalText, read[1].NormalizedText));
        Assert.Equal(text, ReportEntity.OriginalOrNormalized(read[0].OriginalText, read[0].NormalizedText));

        // The original as edits of the normalized text: a CR before each of the 40 LFs, in a few bytes.
        Assert.Equal([0xFF, 2], read[1].OriginalText![..2]);
        Assert.InRange(read[1].OriginalText!.Length, 3, 40);

        // As bytes: tagged Brotli, far smaller than the UTF-8 of these repetitive texts.
        // Through EF Core: it may already hold the connection open (it did on PostgreSQL after the query above).
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        // SQLite says each value's type; on PostgreSQL the columns are bytea, so only null or not is asked.
        command.CommandText = Provider == TestProvider.Sqlite
            ? $"SELECT typeof(NormalizedText), length(NormalizedText), typeof(OriginalText) FROM Reports WHERE Id IN ({same.ReportId}, {other.ReportId}) ORDER BY Id"
            : $"""SELECT CASE WHEN "NormalizedText" IS NULL THEN 'null' ELSE 'blob' END, octet_length("NormalizedText")::bigint, CASE WHEN "OriginalText" IS NULL THEN 'null' ELSE 'blob' END FROM "Reports" WHERE "Id" IN ({same.ReportId}, {other.ReportId}) ORDER BY "Id" """;
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("blob", "null"), (reader.GetString(0), reader.GetString(2)));
        Assert.InRange(reader.GetInt64(1), 2, System.Text.Encoding.UTF8.GetByteCount(text) / 5);
        Assert.True(await reader.ReadAsync());
        Assert.Equal(("blob", "blob"), (reader.GetString(0), reader.GetString(2)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("甲")]
    [InlineData("政府信息公开𠀀\r\n\u3000年度报告")]
    public void StoredText_RoundTrips_AndReadsPlainUtf8AsWrittenBeforeCompression(string text)
    {
        Assert.Equal(text, StoredText.Decode(StoredText.Encode(text)));
        Assert.Equal(0xFF, StoredText.Encode(text)[0]);
        Assert.Equal(text, StoredText.Decode(System.Text.Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>A text that compresses far more than reports do: the decode outgrows its first buffer several times.</summary>
    [Fact]
    public void StoredText_RoundTrips_ATextThatShrinksFarMoreThanItsFirstBufferAllows()
    {
        var text = string.Concat(Enumerable.Repeat("政府信息公开工作年度报告\n", 50_000)) + "𠀀";
        var stored = StoredText.Encode(text);

        Assert.True(stored.Length * 8 < System.Text.Encoding.UTF8.GetByteCount(text) / 4, $"{stored.Length} bytes stored");
        Assert.Equal(text, StoredText.Decode(stored));
    }

    [Fact]
    public void StoredText_Truncated_IsRefusedNotReadAsShorter()
    {
        var stored = StoredText.Encode(string.Concat(Enumerable.Range(0, 2000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture) + "公开")));

        Assert.Throws<InvalidDataException>(() => StoredText.Decode(stored[..(stored.Length / 2)]));
    }

    // Pairs as normalization makes them (TextNormalizer's rules): CRLF and lone CR, a byte-order mark, trailing
    // spaces, control characters, a wrapped line joined, a CR CR LF, characters beyond the BMP around the edits.
    [Theory]
    [InlineData("甲\r\n乙\r\n", "甲\n乙\n")]
    [InlineData("甲\r乙\r", "甲\n乙\n")]
    [InlineData("甲\r\r\n乙", "甲\n\n乙")]
    [InlineData("\uFEFF政府信息公开\n", "政府信息公开\n")]
    [InlineData("年度报告 \u3000\u00A0\r\n𠀀 \n", "年度报告\n𠀀\n")]
    [InlineData("受理\0申请\u0001\u001F5件\t2件\f", "受理申请5件\t2件\f")]
    [InlineData("坚持以人民为中心的发展思想，推进社会\n\n主义现代化\n", "坚持以人民为中心的发展思想，推进社会主义现代化\n")]
    [InlineData("\r\n\r\n", "\n\n")]
    public void StoredOriginal_IsEditsOfTheNormalizedText_AndRebuildsTheOriginal(string original, string normalized)
    {
        var stored = StoredText.EncodeOriginal(original, normalized)!;

        Assert.Equal([0xFF, 2], stored[..2]);
        Assert.Equal(original, StoredText.DecodeOriginal(stored, normalized));
        Assert.Throws<InvalidDataException>(() => StoredText.Decode(stored));
    }

    [Fact]
    public void StoredOriginal_NullWhereEqual_WholeWhereNotNormalization_AndOldFormsRead()
    {
        const string normalized = "本年度共受理政府信息公开申请5件，其中当面申请2件。\n";
        Assert.Null(StoredText.EncodeOriginal(normalized, normalized));
        Assert.Equal(normalized, StoredText.DecodeOriginal(null, normalized));

        // Another text altogether: kept whole (format 1), read the same.
        const string other = "依申请公开政府信息情况：新收政府信息公开申请数量12件。";
        var whole = StoredText.EncodeOriginal(other, normalized)!;
        Assert.Equal([0xFF, 1], whole[..2]);
        Assert.Equal(other, StoredText.DecodeOriginal(whole, normalized));

        // What archives stored before: the whole original compressed, or plain UTF-8.
        var crlf = normalized.Replace("\n", "\r\n", StringComparison.Ordinal);
        Assert.Equal(crlf, StoredText.DecodeOriginal(StoredText.Encode(crlf), normalized));
        Assert.Equal(crlf, StoredText.DecodeOriginal(System.Text.Encoding.UTF8.GetBytes(crlf), normalized));
    }

    [Fact]
    public void StoredOriginal_EditsThatDoNotFitTheNormalizedText_AreRefused()
    {
        var stored = StoredText.EncodeOriginal("甲\r\n乙\r\n丙\r\n", "甲\n乙\n丙\n")!;

        Assert.Throws<InvalidDataException>(() => StoredText.DecodeOriginal(stored, "甲\n"));
    }

    [StorageFact]
    public async Task StoreBatch_MetricKeys_OneIdPerKeyKeptAcrossBatches_RowsInTheExtractorsOrder()
    {
        var store = _services.GetRequiredService<ReportStore>();
        const string text = "受理申请5件，复议3件，收费2万元";
        ExtractedMetric Metric(string key, MetricOrigin origin) => new(key, 1, "件", origin, "受理申请5件", 0, 6);
        var first = Prepared("/r/k1.txt", text) with { Metrics = [Metric("review.total", MetricOrigin.Table), Metric("apply.new.total", MetricOrigin.Prose)] };
        var second = Prepared("/r/k2.txt", text + "。") with { Metrics = [Metric("apply.new.total", MetricOrigin.Table), Metric("active.fees.amount", MetricOrigin.Prose), Metric("review.total", MetricOrigin.Prose)] };

        var a = (await store.StoreBatchAsync([first], CancellationToken.None))[0].Outcome.ReportId;
        Dictionary<string, int> idsAfterFirst;
        await using (var db = await Db())
        {
            idsAfterFirst = await db.MetricKeys.ToDictionaryAsync(k => k.Key, k => k.Id);
        }

        var b = (await store.StoreBatchAsync([second], CancellationToken.None))[0].Outcome.ReportId;

        await using var check = await Db();
        var ids = await check.MetricKeys.ToDictionaryAsync(k => k.Key, k => k.Id);
        Assert.Equal(["active.fees.amount", "apply.new.total", "review.total"], ids.Keys.Order(StringComparer.Ordinal));
        Assert.All(idsAfterFirst, k => Assert.Equal(k.Value, ids[k.Key]));
        var rows = await check.Metrics.Where(m => m.ReportId == a || m.ReportId == b).OrderBy(m => m.ReportId).ThenBy(m => m.Ordinal)
            .Select(m => new { m.ReportId, m.Ordinal, m.MetricKey!.Key, m.Origin }).ToListAsync();
        Assert.Equal(
            [(a, 0, "review.total", MetricOrigin.Table), (a, 1, "apply.new.total", MetricOrigin.Prose),
             (b, 0, "apply.new.total", MetricOrigin.Table), (b, 1, "active.fees.amount", MetricOrigin.Prose), (b, 2, "review.total", MetricOrigin.Prose)],
            rows.Select(r => (r.ReportId, r.Ordinal, r.Key, r.Origin)));
    }

    private Task<ArchiveDbContext> Db() =>
        _services.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync(CancellationToken.None);

    private static PreparedReport Prepared(string path, string text, string? regionCode = null, decimal metricValue = 1)
    {
        var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)));
        var region = regionCode is null ? null : new RegionRef(regionCode, "x", [], RegionLevel.County);
        var metric = new ExtractedMetric("legacy.apply.received", metricValue, "件", MetricOrigin.Prose, text, 0, text.Length);
        var extracted = new ExtractedReport
        {
            File = Path.GetFileName(path),
            Title = text,
            Agency = "平罗县工业和信息化局",
            AgencyKind = AgencyKind.IndustryAndIt,
            Region = region,
            Year = 2018,
            Published = "2019-01-24",
            Template = ReportTemplate.Pre2019,
            Metrics = [metric],
            Flags = [new ReportFlag(FlagKind.NegativeCount, "x = -1")],
        };
        return new PreparedReport(path, hash, text, text, extracted, [metric], new SourceFileInfo("txt", text.Length, "utf-8", hash));
    }
}

[PostgreSqlTests]
public sealed class ReportStorePostgreSqlTests : ReportStoreTests
{
    protected override TestProvider Provider => TestProvider.PostgreSql;
}
