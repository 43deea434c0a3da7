using Archive.Core.Vocabulary;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Archive.Storage;

/// <summary>
/// Stores a domain enum as its <see cref="StableIdAttribute"/> string, the same text the column held when these were
/// string constants, so existing databases read unchanged and no migration is needed.
/// </summary>
internal sealed class StableIdConverter<T>() : ValueConverter<T, string>(value => value.StableId(), id => StableIds.Parse<T>(id))
    where T : struct, Enum
{
    public static StableIdConverter<T> Instance { get; } = new();
}
