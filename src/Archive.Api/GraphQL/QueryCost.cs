using System.Runtime.CompilerServices;
using Archive.Api.GraphQL.Errors;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;

namespace Archive.Api.GraphQL;

/// <summary>
/// How a query's complexity is estimated: the schema's own fields by their page sizes (see the field definitions),
/// introspection by the sizes this schema really has.
/// </summary>
/// <remarks>
/// With the analyzer's default of 5 items per list and every `ofType` level counted, graphql-js's standard
/// introspection query was estimated at 635,113 against a limit of 50,000, so no GraphQL tool could load the schema.
/// Here each introspection list counts the average number of items it holds in this schema (types, fields per
/// type, arguments per field, …), and an `ofType` nested deeper than any type in the schema is wrapped counts
/// nothing (it is always null): the estimate is then close to the size of the answer. A query that nests
/// introspection lists (types → fields → type → fields …) still multiplies and is refused.
/// </remarks>
public static class QueryCost
{
    /// <summary>
    /// The impact of a field holding a whole report text (`text`, and each part of `highlightedText`): a text is
    /// tens of kilobytes where a scalar is tens of bytes, so 100 aliases of `highlightedText` over a page of reports
    /// (a 94 MB answer) are refused before they run.
    /// </summary>
    public const double FullTextImpact = 100;

    private static readonly ConditionalWeakTable<ISchema, IntrospectionSizes> Sizes = [];

    /// <summary>Wraps the analyzer's default impact function with the introspection sizes.</summary>
    public static Func<FieldImpactContext, FieldComplexityResult> WithIntrospectionSizes(
        Func<FieldImpactContext, FieldComplexityResult> fallback) => context =>
    {
        var parentName = context.ParentType.Name;
        var fieldName = context.FieldDefinition.Name;
        var introspection = parentName.StartsWith("__", StringComparison.Ordinal) || fieldName is "__schema" or "__type";
        if (!introspection)
        {
            return fallback(context);
        }

        var sizes = Sizes.GetValue(context.ValidationContext.Schema, schema => new IntrospectionSizes(schema));
        if (fieldName == "ofType")
        {
            var levels = 1;
            for (var parent = context.Parent; parent is { } p && p.FieldDefinition.Name == "ofType"; parent = p.Parent)
            {
                levels++;
            }

            return levels > sizes.MaxWrapping ? new FieldComplexityResult(0, 0) : new FieldComplexityResult(1, 1);
        }

        return new FieldComplexityResult(1, sizes.ItemsOf(parentName, fieldName));
    };

    /// <summary>After the analyzer has measured a query that is within the limits: charges its cost to the client's rate-limit bucket.</summary>
    public static Task ChargeAsync(ComplexityValidationContext context)
    {
        if (context.Error is null && context.ValidationContext.UserContext is ArchiveUserContext { Budget: { } budget })
        {
            var refusal = budget.Charge(context.TotalImpact);
            if (refusal is not null)
            {
                context.Error = new RateLimitedError(refusal);
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Average list sizes of this schema's introspection answer, by introspection type and field.</summary>
    private sealed class IntrospectionSizes
    {
        private readonly Dictionary<(string Type, string Field), double> _items;

        public IntrospectionSizes(ISchema schema)
        {
            var types = schema.AllTypes.ToList();
            var complex = types.OfType<IComplexGraphType>().Where(t => t is not IInputObjectGraphType).ToList();
            var fields = complex.SelectMany(t => t.Fields).ToList();
            var inputs = types.OfType<IInputObjectGraphType>().ToList();
            var enums = types.OfType<EnumerationGraphType>().ToList();
            var objects = types.OfType<IImplementInterfaces>().ToList();
            var abstracts = types.OfType<IAbstractGraphType>().ToList();
            var directives = schema.Directives.ToList();

            _items = new()
            {
                [("__Schema", "types")] = types.Count,
                [("__Schema", "directives")] = directives.Count,
                [("__Type", "fields")] = Average(complex.Sum(t => t.Fields.Count), complex.Count),
                [("__Type", "inputFields")] = Average(inputs.Sum(t => t.Fields.Count), inputs.Count),
                [("__Type", "enumValues")] = Average(enums.Sum(t => t.Values.Count), enums.Count),
                [("__Type", "interfaces")] = Average(objects.Sum(t => t.ResolvedInterfaces.Count), objects.Count),
                [("__Type", "possibleTypes")] = Average(abstracts.Sum(t => t.PossibleTypes.Count), abstracts.Count),
                [("__Field", "args")] = Average(fields.Sum(f => f.Arguments?.Count ?? 0), fields.Count),
                [("__Directive", "args")] = Average(directives.Sum(d => d.Arguments?.Count ?? 0), directives.Count),
                [("__Directive", "locations")] = Average(directives.Sum(d => d.Locations.Count), directives.Count),
            };

            var wrappedTypes = fields.Select(f => f.ResolvedType)
                .Concat(fields.SelectMany(f => f.Arguments ?? []).Select(a => a.ResolvedType))
                .Concat(inputs.SelectMany(t => t.Fields).Select(f => f.ResolvedType))
                .Concat(directives.SelectMany(d => d.Arguments ?? []).Select(a => a.ResolvedType));
            MaxWrapping = wrappedTypes.Select(Wrapping).DefaultIfEmpty(0).Max();
        }

        /// <summary>The most wrappers (non-null, list) around any type in the schema: deeper `ofType` levels are null.</summary>
        public int MaxWrapping { get; }

        public double ItemsOf(string type, string field) => _items.TryGetValue((type, field), out var items) ? items : 1;

        private static double Average(int total, int count) => count == 0 ? 1 : Math.Max(1, Math.Ceiling((double)total / count));

        private static int Wrapping(IGraphType? type)
        {
            var levels = 0;
            while (type is IProvideResolvedType wrapper)
            {
                levels++;
                type = wrapper.ResolvedType;
            }

            return levels;
        }
    }
}

/// <summary>The query costs more points than the client's bucket holds: answered with 429 and Retry-After.</summary>
public sealed class RateLimitedError : ValidationError
{
    public RateLimitedError(string message)
        : base(message)
    {
        Code = ErrorCodes.RateLimited;
    }
}
