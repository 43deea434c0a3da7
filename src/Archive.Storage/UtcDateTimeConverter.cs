using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Archive.Storage;

/// <summary>Timestamps are stored and read back as UTC (SQLite keeps no kind).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
