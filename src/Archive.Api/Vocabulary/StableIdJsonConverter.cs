using System.Text.Json;
using System.Text.Json.Serialization;
using Archive.Core.Vocabulary;

namespace Archive.Api.Vocabulary;

/// <summary>
/// JSON of a domain enum as its stable id (a saved search's filter stores "template":"2019", as it did when the
/// template was a string), so saved filters written before and after read alike.
/// </summary>
public sealed class StableIdJsonConverter<T> : JsonConverter<T>
    where T : struct, Enum
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        StableIds.TryParse<T>(reader.GetString(), out var value) ? value : throw new JsonException($"not a {typeof(T).Name}");

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(value.StableId());
}
