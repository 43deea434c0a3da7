using Archive.Core.Reports;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Archive.Storage;

/// <summary>
/// Stores <see cref="MetricOrigin"/> as a fixed small integer (1 table, 2 prose) instead of its stable string: one
/// byte a row in SQLite where "table"/"prose" took six. The numbers are written here, not taken from the enum's order,
/// so reordering the enum cannot change what stored rows mean.
/// </summary>
internal sealed class MetricOriginConverter() : ValueConverter<MetricOrigin, short>(value => ToCode(value), code => FromCode(code))
{
    public const short Table = 1;
    public const short Prose = 2;

    public static MetricOriginConverter Instance { get; } = new();

    public static short ToCode(MetricOrigin origin) => origin switch
    {
        MetricOrigin.Table => Table,
        MetricOrigin.Prose => Prose,
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "no stored code for this origin"),
    };

    public static MetricOrigin FromCode(short code) => code switch
    {
        Table => MetricOrigin.Table,
        Prose => MetricOrigin.Prose,
        _ => throw new InvalidOperationException($"Unknown stored metric origin code {code}"),
    };
}
