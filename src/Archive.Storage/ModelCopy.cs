using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace Archive.Storage;

/// <summary>
/// Writes rows of an entity type with PostgreSQL's binary COPY, on the context's connection and transaction. The
/// table, the columns, their types and value converters all come from the EF model, so a change of the entity (a
/// column added, renamed or retyped) is followed without touching this; only columns the database generates (the
/// identity key) are left out.
/// </summary>
internal static class ModelCopy
{
    public static async Task CopyAsync<T>(ArchiveDbContext db, IReadOnlyCollection<T> rows, CancellationToken cancellationToken)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated == ValueGenerated.Never && p.PropertyInfo is not null)
            .Select(p =>
            {
                var mapping = p.GetRelationalTypeMapping();
                var storeType = mapping.StoreType;
                var length = storeType.IndexOf('(', StringComparison.Ordinal);
                return (Property: p, Name: p.GetColumnName(table)!, DataType: length < 0 ? storeType : storeType[..length], mapping.Converter);
            })
            .ToList();

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var target = table.Schema is null ? Quote(table.Name) : $"{Quote(table.Schema)}.{Quote(table.Name)}";
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {target} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        foreach (var row in rows)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var (property, _, dataType, converter) in columns)
            {
                var value = property.PropertyInfo!.GetValue(row);
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(value, dataType, cancellationToken);
                }
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
