using System.Collections.Concurrent;
using GraphQL.Validation;
using GraphQL.Validation.Rules;
using GraphQLParser.AST;
using Microsoft.Extensions.Options;

namespace Archive.Api.Http;

/// <summary>
/// Parsed GraphQL documents that passed the document-only checks (size, field count, the schema's validation
/// rules) once, by exact query text, so a repeated document skips parsing and those rules. Apps send the same
/// few documents with different variables, so a small bounded cache serves nearly every request.
/// </summary>
/// <remarks>
/// Holds no data, only the parsed query: the schema is fixed for the process, so a document valid once stays
/// valid. What depends on the request still runs for every execution: variable coercion, argument parsing, the
/// rules in <see cref="RulesForCachedDocument"/> and every rule added through the GraphQL builder (the complexity
/// analyzer, whose page sizes may come from variables). When full, the cache is emptied and refills.
/// </remarks>
public sealed class GraphQLDocumentCache(IOptions<ApiOptions> options)
{
    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>
    /// The core rules that read argument values (which variables supply); the others only look at the document
    /// and the schema.
    /// </summary>
    public static IReadOnlyList<IValidationRule> RulesForCachedDocument { get; } = [FieldArgumentsAreValidRule.Instance];

    public int Count => _documents.Count;

    public GraphQLDocument? TryGet(string query) => _documents.TryGetValue(query, out var document) ? document : null;

    /// <summary>Remembers a document that passed validation.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        var capacity = options.Value.DocumentCacheSize;
        if (capacity == 0)
        {
            return;
        }

        if (_documents.Count >= capacity)
        {
            _documents.Clear();
        }

        _documents.TryAdd(query, document);
    }
}
