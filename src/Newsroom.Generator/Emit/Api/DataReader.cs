// Newsroom's fixed API: Article, Quote, Actor and their lists. The generator copies this file into every project
// that uses Newsroom, in the project's namespace and visibility (src/Newsroom.Generator/Emit/Api/ in the repository).
#nullable enable

namespace Newsroom
{
    /// <summary>
    /// Reads the data Newsroom writes for articles and the catalog: numbers as base-32 digits, lowest first, a digit with
    /// more to come written ']' to '|', the last one '0' to 'O', zigzagged (0, -1, 1, -2… as 0, 1, 2, 3…); strings as
    /// their UTF-8 byte count, then the bytes (-1 for null). One reader for every article: no per-article code to compile or JIT.
    /// It reads the UTF-8 literals of the data in place where the project has them (C# 11, span APIs), else the bytes of a string.
    /// </summary>
#if NEWSROOM_UTF8
    internal ref struct __DataReader
    {
        private readonly global::System.ReadOnlySpan<byte> _data;
        private int _at;

        internal __DataReader(global::System.ReadOnlySpan<byte> data)
        {
            _data = data;
            _at = 0;
        }
#else
    internal struct __DataReader
    {
        private readonly byte[] _data;
        private int _at;

        internal __DataReader(byte[] data)
        {
            _data = data;
            _at = 0;
        }
#endif

        internal int Int()
        {
            uint z = 0;
            var shift = 0;
            byte b;
            while ((b = _data[_at++]) >= (byte)']')
            {
                z |= (uint)(b - (byte)']') << shift;
                shift += 5;
            }
            z |= (uint)(b - (byte)'0') << shift;
            return (int)(z >> 1) ^ -(int)(z & 1);
        }

        internal int[] Ints(int count)
        {
            if (count == 0) return global::System.Array.Empty<int>();
            var values = new int[count];
            for (var i = 0; i < count; i++) values[i] = Int();
            return values;
        }

        internal string? String()
        {
            var length = Int();
            if (length < 0) return null;
#if NEWSROOM_UTF8
            var value = global::System.Text.Encoding.UTF8.GetString(_data.Slice(_at, length));
#else
            var value = global::System.Text.Encoding.UTF8.GetString(_data, _at, length);
#endif
            _at += length;
            return value;
        }

        internal string Rest()
        {
#if NEWSROOM_UTF8
            var value = global::System.Text.Encoding.UTF8.GetString(_data.Slice(_at));
#else
            var value = global::System.Text.Encoding.UTF8.GetString(_data, _at, _data.Length - _at);
#endif
            _at = _data.Length;
            return value;
        }
    }
}
