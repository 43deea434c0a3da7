using System.Globalization;
using Archive.Core.Agencies;
using Archive.Core.Regions;
using Archive.Core.Reports;
using Archive.Core.Vocabulary;
using Archive.Storage.Cells;
using Microsoft.Data.Sqlite;

namespace Archive.Storage;

/// <summary>
/// The SQL of <see cref="ReportStore.StoreBatchAsync"/>: one prepared command per statement, reused for every report
/// and metric of the batch on the batch's transaction. Writes the same rows EF Core writes (same columns, same text
/// forms of dates, the texts in their <see cref="StoredText"/> form), so readers through EF see no difference.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private const string ReportColumns =
        "ContentHash, FileName, FileType, FileSize, FileHash, Encoding, Title, Year, Published, PublishedDate, Template, " +
        "OriginalText, NormalizedText, Notes, UpdatedAt, Indexed, RegionCode, ProvinceCode, PrefectureCode, CountyCode, " +
        "AgencyName, AgencyKind, AgencyId";

    private static readonly string[] ReportParameters = [.. ReportColumns.Split(", ").Select(c => "$" + c)];

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<string, (RegionLevel Level, string? Parent)> _regions;
    private readonly DateTime _now;
    private readonly Dictionary<(string Name, string? Region), long> _agencies = [];
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private Dictionary<string, int>? _keyIds;

    public BatchWriter(SqliteConnection connection, SqliteTransaction transaction, Dictionary<string, (RegionLevel Level, string? Parent)> regions, DateTime now)
    {
        _connection = connection;
        _transaction = transaction;
        _regions = regions;
        _now = now;
    }

    public StoredReport Store(PreparedReport report)
    {
        var existing = Row("SELECT r.Id, r.Indexed, EXISTS (SELECT 1 FROM ReportCells c WHERE c.ReportId = r.Id) FROM Reports r WHERE r.ContentHash = $hash LIMIT 1",
            r => ((long Id, bool Indexed, bool HasCells)?)(r.GetInt64(0), r.GetBoolean(1), r.GetBoolean(2)), ("$hash", report.ContentHash));

        // A report stored before cell states were recorded was read by an older extractor: the same content again is
        // stored again (metrics, flags and cells), so re-ingesting an old archive brings its cell states in.
        var refresh = existing is { } e && !e.HasCells && report.Cells.Count > 0;
        if (existing is { } found && !refresh)
        {
            return new StoredReport(new StoreOutcome(StoreStatus.Unchanged, found.Id, found.Indexed), default, null, null, null, null);
        }

        var extracted = report.Extracted;
        var (region, province, prefecture, county) = WalkRegion(_regions, extracted.Region?.Code);
        var published = DateOnly.TryParseExact(extracted.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : (DateOnly?)null;
        long? agencyId = extracted.Agency is null ? null : Agency(extracted.Agency, region, (extracted.AgencyKind ?? AgencyKind.Other).StableId());
        object?[] values =
        [
            report.ContentHash, extracted.File, report.SourceFile.FileType, report.SourceFile.SizeBytes, report.SourceFile.FileHash,
            report.SourceFile.Encoding, extracted.Title, extracted.Year, extracted.Published, published, extracted.Template.StableId(),
            StoredText.EncodeOriginal(report.OriginalText, report.NormalizedText),
            StoredText.Encode(report.NormalizedText), extracted.Notes, _now, false, region, province, prefecture, county,
            extracted.Agency, extracted.AgencyKind?.StableId(), agencyId,
        ];

        var targetId = refresh
            ? existing!.Value.Id
            : Row("SELECT Id FROM Reports WHERE SourcePath = $path LIMIT 1", r => (long?)r.GetInt64(0), ("$path", report.SourcePath));
        long id;
        StoreStatus status;
        if (targetId is null)
        {
            status = StoreStatus.Added;
            var insert = Command(
                $"INSERT INTO Reports (SourcePath, IngestedAt, {ReportColumns}) VALUES ($SourcePath, $IngestedAt, {string.Join(", ", ReportParameters)}) RETURNING Id",
                ["$SourcePath", "$IngestedAt", .. ReportParameters]);
            Bind(insert, [report.SourcePath, _now, .. values]);
            id = (long)insert.ExecuteScalar()!;
        }
        else
        {
            status = StoreStatus.Updated;
            id = targetId.Value;
            Execute("DELETE FROM Metrics WHERE ReportId = $id", ("$id", id));
            Execute("DELETE FROM QualityFlags WHERE ReportId = $id", ("$id", id));
            var update = Command(
                $"UPDATE Reports SET {string.Join(", ", ReportColumns.Split(", ").Select(c => $"{c} = ${c}"))} WHERE Id = $Id",
                [.. ReportParameters, "$Id"]);
            Bind(update, [.. values, id]);
            update.ExecuteNonQuery();
        }

        var metric = Command(
            "INSERT INTO Metrics (ReportId, Ordinal, KeyId, Value, Unit, Origin, SourceStart, SourceEnd, SourceText) VALUES ($r, $n, $k, $v, $u, $o, $s, $e, $t)",
            ["$r", "$n", "$k", "$v", "$u", "$o", "$s", "$e", "$t"]);
        var ordinal = 0;
        foreach (var m in report.Metrics)
        {
            Bind(metric, [id, ordinal++, KeyId(m.Key), (double)m.Value, m.Unit, MetricOriginConverter.ToCode(m.Origin), m.Start, m.End,
                MetricSources.CopyToStore(m.Source, report.NormalizedText, m.Start, m.End)]);
            metric.ExecuteNonQuery();
        }

        var flag = Command("INSERT INTO QualityFlags (ReportId, Kind, Detail) VALUES ($r, $k, $d)", ["$r", "$k", "$d"]);
        foreach (var f in extracted.Flags)
        {
            Bind(flag, [id, f.Kind.StableId(), f.Detail]);
            flag.ExecuteNonQuery();
        }

        if (report.Cells.Count == 0 && status == StoreStatus.Updated)
        {
            Execute("DELETE FROM ReportCells WHERE ReportId = $id", ("$id", id));
        }
        else if (report.Cells.Count > 0)
        {
            var cells = Command("INSERT OR REPLACE INTO ReportCells (ReportId, CellCount, Data) VALUES ($r, $n, $d)", ["$r", "$n", "$d"]);
            Bind(cells, [id, report.Cells.Count, TableCellCodec.Encode(report.Cells, report.NormalizedText)]);
            cells.ExecuteNonQuery();
        }

        // The change feed's entry, in the report's transaction. SQLite's writers are serialized (BEGIN IMMEDIATE), so
        // AUTOINCREMENT numbers are in commit order: a follower's cursor is the last number it applied.
        Bind(Command("INSERT INTO ReportChanges (ReportId, ChangedAt) VALUES ($r, $t)", ["$r", "$t"]), [id, _now]).ExecuteNonQuery();
        return new StoredReport(new StoreOutcome(status, id, Indexed: false), _now, province, prefecture, county, published);
    }

    /// <summary>The region and its province/prefecture/county codes by walking the gazetteer; unknown codes are not stored (a wrong region is worse than none).</summary>
    internal static (string? Region, string? Province, string? Prefecture, string? County) WalkRegion(Dictionary<string, (RegionLevel Level, string? Parent)> regions, string? code)
    {
        string? region = null, province = null, prefecture = null, county = null;
        for (var depth = 0; code is not null && depth < 4; depth++)
        {
            if (!regions.TryGetValue(code, out var found))
            {
                break;
            }

            region ??= code;
            switch (found.Level)
            {
                case RegionLevel.Province:
                    province = code;
                    break;
                case RegionLevel.Prefecture:
                    prefecture = code;
                    break;
                case RegionLevel.County:
                    county = code;
                    break;
            }

            code = found.Parent;
        }

        return (region, province, prefecture, county);
    }

    /// <summary>
    /// The id of <paramref name="key"/> in MetricKeys, added when first seen. The known keys (a few hundred) are read
    /// once per batch; an id added here is cached only for this batch's transaction, so a rolled-back batch leaves none.
    /// </summary>
    private int KeyId(string key)
    {
        if (_keyIds is null)
        {
            _keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
            using var reader = Command("SELECT Id, Key FROM MetricKeys", []).ExecuteReader();
            while (reader.Read())
            {
                _keyIds[reader.GetString(1)] = reader.GetInt32(0);
            }
        }

        if (!_keyIds.TryGetValue(key, out var id))
        {
            id = Convert.ToInt32(Bind(Command("INSERT INTO MetricKeys (Key) VALUES ($k) RETURNING Id", ["$k"]), [key]).ExecuteScalar()!, CultureInfo.InvariantCulture);
            _keyIds[key] = id;
        }

        return id;
    }

    private long Agency(string name, string? regionCode, string kind)
    {
        if (_agencies.TryGetValue((name, regionCode), out var known))
        {
            return known;
        }

        var id = Row("SELECT Id FROM Agencies WHERE Name = $name AND RegionCode IS $region LIMIT 1", r => (long?)r.GetInt64(0), ("$name", name), ("$region", regionCode))
            ?? (long)Bind(Command("INSERT INTO Agencies (Name, RegionCode, Kind) VALUES ($n, $r, $k) RETURNING Id", ["$n", "$r", "$k"]), [name, regionCode, kind]).ExecuteScalar()!;
        _agencies[(name, regionCode)] = id;
        return id;
    }

    private T? Row<T>(string sql, Func<SqliteDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, [.. parameters.Select(p => p.Name)]);
        Bind(command, [.. parameters.Select(p => p.Value)]);
        using var reader = command.ExecuteReader();
        return reader.Read() ? read(reader) : default;
    }

    private void Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql, [.. parameters.Select(p => p.Name)]);
        Bind(command, [.. parameters.Select(p => p.Value)]);
        command.ExecuteNonQuery();
    }

    private SqliteCommand Command(string sql, string[] parameterNames)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.Transaction = _transaction;
            command.CommandText = sql;
            foreach (var name in parameterNames)
            {
                command.Parameters.Add(new SqliteParameter { ParameterName = name });
            }

            command.Prepare();
            _commands[sql] = command;
        }

        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
