using System.Reflection;

namespace Archive.Core.Vocabulary;

/// <summary>Conversion between a domain enum and its <see cref="StableIdAttribute"/> spelling, read once per type.</summary>
public static class StableIds
{
    /// <summary>The stored spelling of <paramref name="value"/>.</summary>
    public static string StableId<T>(this T value)
        where T : struct, Enum =>
        Table<T>.Ids.TryGetValue(value, out var id) ? id : throw new ArgumentOutOfRangeException(nameof(value), value, $"{typeof(T).Name} has no such value");

    /// <summary>The value stored as <paramref name="id"/> (exact, ordinal); a clear error for anything else.</summary>
    public static T Parse<T>(string id)
        where T : struct, Enum =>
        TryParse<T>(id, out var value) ? value : throw new FormatException($"'{id}' is not a {typeof(T).Name} ({string.Join(", ", Table<T>.Ids.Values)})");

    public static bool TryParse<T>(string? id, out T value)
        where T : struct, Enum
    {
        if (id is not null && Table<T>.Values.TryGetValue(id, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every value of <typeparamref name="T"/> in declaration order.</summary>
    public static IReadOnlyList<T> All<T>()
        where T : struct, Enum => Table<T>.Order;

    private static class Table<T>
        where T : struct, Enum
    {
        public static readonly IReadOnlyList<T> Order;
        public static readonly Dictionary<T, string> Ids = [];
        public static readonly Dictionary<string, T> Values = new(StringComparer.Ordinal);

        static Table()
        {
            var order = new List<T>();
            foreach (var field in typeof(T).GetFields(BindingFlags.Public | BindingFlags.Static).OrderBy(f => f.MetadataToken))
            {
                var id = field.GetCustomAttribute<StableIdAttribute>()?.Id
                    ?? throw new InvalidOperationException($"{typeof(T).Name}.{field.Name} has no [StableId]");
                var value = (T)field.GetValue(null)!;
                Ids.Add(value, id);
                Values.Add(id, value);
                order.Add(value);
            }

            Order = order;
        }
    }
}
