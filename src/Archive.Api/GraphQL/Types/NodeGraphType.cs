using GraphQL.Types;

namespace Archive.Api.GraphQL.Types;

public sealed class NodeGraphType : InterfaceGraphType
{
    public NodeGraphType()
    {
        Name = "Node";
        Description = "An object with a global id, loadable again with `node(id:)` (Relay object identification).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global id; stable across requests and servers.");
    }
}
