// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

#if NEWSROOM_HOTRELOAD
[assembly: global::System.Reflection.Metadata.MetadataUpdateHandler(typeof(global::Newsroom.__HotReload))]
#endif

namespace Newsroom
{
    /// <summary>
    /// Hot reload (<c>dotnet watch</c>, an IDE's Apply Changes): an edited article changes the generated code, and the
    /// runtime applies it, but what the app already made from the old code (articles, the catalog, the actors, the
    /// quote tables) is cached. Each cache keeps the <see cref="Generation"/> it was made in, and the runtime calls
    /// <c>ClearCache</c> after an update (where it has <c>MetadataUpdateHandlerAttribute</c>: .NET 6 and later), so the
    /// next access makes it again from the new code. Outside hot reload the generation never moves.
    /// </summary>
    internal static class __HotReload
    {
#if NEWSROOM_HOTRELOAD
        /// <summary>How many updates the runtime has applied to this assembly.</summary>
        internal static int Generation;

        /// <summary>Called by the runtime after it applied an update: every cache is made again on next access.</summary>
        internal static void ClearCache(global::System.Type[]? updatedTypes) =>
            global::System.Threading.Interlocked.Increment(ref Generation);
#else
        /// <summary>No hot reload on this framework: the generation never moves.</summary>
        internal const int Generation = 0;
#endif
    }

    /// <summary>A value with the hot-reload generation it was made in, published together (one reference, never torn).</summary>
    internal sealed class __Generational<T>
    {
        internal __Generational(T value, int generation)
        {
            Value = value;
            Generation = generation;
        }

        internal T Value { get; }

        internal int Generation { get; }
    }
}
