using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace Newsroom.Generator.Tests.Infrastructure;

/// <summary>
/// Walks an object graph looking for Roslyn objects that must not live in incremental-pipeline models.
/// </summary>
/// <remarks>
/// <para>
/// The walk follows every instance field (public or not, declared on the type or any base type), which covers record
/// and auto-property state (through backing fields), <see cref="ValueTuple"/> and <see cref="Tuple"/> items, struct
/// wrappers such as <c>ImmutableArray&lt;T&gt;</c> and <c>EquatableArray&lt;T&gt;</c>, and collection internals. It
/// also enumerates arrays and any other <see cref="IEnumerable"/> (bounded, and ignoring enumerators that throw, as a
/// default <c>ImmutableArray</c> does). Computed properties are not evaluated: they hold no state of their own, and
/// calling them may allocate new objects on every call, throw or be slow; the fields they compute from are walked.
/// </para>
/// <para>
/// Reference objects are visited once (by identity), so cycles terminate. Strings, primitives, enums and reflection
/// objects (<see cref="Type"/>, <see cref="MemberInfo"/>, <see cref="Assembly"/>, <see cref="Module"/>) are leaves.
/// The walk does not go inside a Roslyn object it reports.
/// </para>
/// </remarks>
public static class RoslynObjectWalker
{
    /// <summary>How many items of one <see cref="IEnumerable"/> are enumerated at most.</summary>
    public const int MaxEnumeratedItems = 100_000;

    /// <summary>
    /// Types (and their subtypes/implementations) that pin a compilation or its trees: symbols, syntax, trees,
    /// compilations, semantic models, locations, operations, attribute data.
    /// </summary>
    public static IReadOnlyList<Type> BannedTypes { get; } =
    [
        typeof(ISymbol),
        typeof(SyntaxNode),
        typeof(SyntaxToken),
        typeof(SyntaxTrivia),
        typeof(SyntaxNodeOrToken),
        typeof(SyntaxReference),
        typeof(SyntaxTree),
        typeof(Compilation),
        typeof(SemanticModel),
        typeof(Location),
        typeof(IOperation),
        typeof(AttributeData),
    ];

    /// <summary>
    /// Where in the graph of <paramref name="root"/> Roslyn objects are, as paths such as
    /// <c>output.Quotes._items[2].Location (SourceLocation)</c>; empty when there are none.
    /// </summary>
    /// <param name="root">The object to walk (may be null).</param>
    /// <param name="rootName">How the root is named in the returned paths.</param>
    public static IReadOnlyList<string> FindRoslynObjects(object? root, string rootName = "value")
    {
        var findings = new List<string>();
        if (root is null) return findings;

        // Iterative depth-first walk (deep or long graphs must not overflow the stack). Each node remembers its parent
        // so that a path is built only for what is reported.
        var visited = new HashSet<object>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<Node>();
        pending.Push(new Node(root, rootName, null));

        while (pending.Count > 0)
        {
            var node = pending.Pop();
            var value = node.Value;
            var type = value.GetType();

            if (IsLeaf(type)) continue;
            // Boxed structs are new objects on every read, so identity means nothing for them; they cannot form a
            // cycle without passing through a reference object, which is tracked. A reference object reached on
            // several paths (a list's items are reached by enumeration and through its array) is reported once.
            if (!type.IsValueType && !visited.Add(value)) continue;
            if (IsBanned(type))
            {
                findings.Add($"{node.Path()} ({TypeName(type)})");
                continue;
            }

            var children = new List<Node>();
            if (value is IEnumerable enumerable)
            {
                AddItems(enumerable, node, children);
            }
            foreach (var field in InstanceFields(type))
            {
                var child = field.GetValue(value);
                if (child is not null) children.Add(new Node(child, FieldName(field), node));
            }

            // Push in reverse so that children are visited in declaration order (stable messages).
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
        return findings;
    }

    /// <summary>Whether an object of <paramref name="type"/> is (or implements) one of <see cref="BannedTypes"/>.</summary>
    public static bool IsBanned(Type type) => BannedTypes.Any(banned => banned.IsAssignableFrom(type));

    private static void AddItems(IEnumerable enumerable, Node parent, List<Node> children)
    {
        if (enumerable is Array array && IsLeaf(array.GetType().GetElementType()!)) return;
        try
        {
            var index = 0;
            foreach (var item in enumerable)
            {
                if (index >= MaxEnumeratedItems) break;
                if (item is not null) children.Add(new Node(item, $"[{index}]", parent));
                index++;
            }
        }
        catch (Exception)
        {
            // Some enumerables cannot be enumerated in their current state (a default ImmutableArray throws); their
            // fields are still walked.
        }
    }

    private static bool IsLeaf(Type type) =>
        type.IsPrimitive
        || type.IsEnum
        || type.IsPointer
        || type == typeof(string)
        || type == typeof(decimal)
        || type == typeof(DateTime)
        || type == typeof(DateTimeOffset)
        || type == typeof(TimeSpan)
        || type == typeof(Guid)
        || typeof(MemberInfo).IsAssignableFrom(type)
        || typeof(Assembly).IsAssignableFrom(type)
        || typeof(Module).IsAssignableFrom(type)
        || type == typeof(Pointer);

    private static readonly ConditionalWeakTable<Type, FieldInfo[]> FieldCache = new();

    private static FieldInfo[] InstanceFields(Type type) =>
        FieldCache.GetValue(type, static t =>
        {
            var fields = new List<FieldInfo>();
            // Private fields of base types are only reported by the declaring type, hence the walk up the chain.
            for (var current = t; current is not null && current != typeof(object); current = current.BaseType)
            {
                fields.AddRange(current.GetFields(
                    BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly));
            }
            return fields.Where(f => !f.FieldType.IsPointer && !f.FieldType.IsByRefLike).ToArray();
        });

    /// <summary>Field names as written in C#: <c>&lt;Name&gt;k__BackingField</c> becomes <c>Name</c>.</summary>
    private static string FieldName(FieldInfo field)
    {
        var name = field.Name;
        if (name.StartsWith('<'))
        {
            var end = name.IndexOf('>');
            if (end > 1) return name[1..end];
        }
        return name;
    }

    private static string TypeName(Type type)
    {
        var tick = type.Name.IndexOf('`');
        return tick > 0 ? type.Name[..tick] : type.Name;
    }

    private sealed class Node(object value, string segment, Node? parent)
    {
        public object Value { get; } = value;
        public string Segment { get; } = segment;
        public Node? Parent { get; } = parent;

        public string Path()
        {
            var segments = new List<string>();
            for (var node = this; node is not null; node = node.Parent) segments.Add(node.Segment);
            segments.Reverse();
            var path = new System.Text.StringBuilder();
            foreach (var segment in segments)
            {
                if (path.Length > 0 && !segment.StartsWith('[')) path.Append('.');
                path.Append(segment);
            }
            return path.ToString();
        }
    }
}
