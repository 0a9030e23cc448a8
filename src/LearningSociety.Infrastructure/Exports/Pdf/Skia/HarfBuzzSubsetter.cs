using System.Runtime.InteropServices;

namespace LearningSociety.Infrastructure.Exports.Pdf.Skia;

/// <summary>
/// Cuts a TrueType font down to the characters a document uses, with the system's HarfBuzz
/// (Debian libharfbuzz-subset0). Skia's PDF backend as shipped in SkiaSharp.NativeAssets.Linux
/// is built without its subsetter and embeds whole fonts (about 200 KB per face, compressed);
/// handing it an already-cut font brings a report down to tens of kilobytes. When the library is
/// missing the renderer embeds whole fonts: bigger files, same text.
/// </summary>
internal static class HarfBuzzSubsetter
{
    private const string HarfBuzz = "libharfbuzz.so.0";
    private const string Subset = "libharfbuzz-subset.so.0";
    private const int MemoryModeDuplicate = 0;

    // HB_SUBSET_FLAGS_NO_HINTING: TrueType bytecode is most of Liberation's weight, and PDF
    // viewers rasterise outlines without it.
    private const uint NoHinting = 0x1;

    private static readonly Lazy<bool> Available = new(Probe);

    public static bool IsAvailable => Available.Value;

    /// <summary>The subset font, or null when HarfBuzz is unavailable or refuses the font.</summary>
    public static byte[]? Cut(byte[] font, IEnumerable<int> codepoints)
    {
        if (!IsAvailable)
        {
            return null;
        }

        var pin = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = 0, face = 0, input = 0, subset = 0, result = 0;
        try
        {
            // Duplicate mode: HarfBuzz copies the bytes, so the pin can end with this call.
            blob = hb_blob_create(pin.AddrOfPinnedObject(), (uint)font.Length, MemoryModeDuplicate, 0, 0);
            face = hb_face_create(blob, 0);
            input = hb_subset_input_create_or_fail();
            if (input == 0)
            {
                return null;
            }

            hb_subset_input_set_flags(input, NoHinting);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var codepoint in codepoints)
            {
                hb_set_add(unicodes, (uint)codepoint);
            }

            subset = hb_subset_or_fail(face, input);
            if (subset == 0)
            {
                return null;
            }

            result = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(result, out var length);
            if (data == 0 || length == 0)
            {
                return null;
            }

            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            Destroy(result, hb_blob_destroy);
            Destroy(subset, hb_face_destroy);
            Destroy(input, hb_subset_input_destroy);
            Destroy(face, hb_face_destroy);
            Destroy(blob, hb_blob_destroy);
            pin.Free();
        }
    }

    private static void Destroy(IntPtr handle, Action<IntPtr> destroy)
    {
        if (handle != 0)
        {
            destroy(handle);
        }
    }

    private static bool Probe()
    {
        try
        {
            var input = hb_subset_input_create_or_fail();
            hb_subset_input_destroy(input);
            return input != 0;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException or BadImageFormatException)
        {
            return false;
        }
    }

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void hb_blob_destroy(IntPtr blob);

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_face_create(IntPtr blob, uint index);

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void hb_face_destroy(IntPtr face);

    [DllImport(HarfBuzz)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Subset)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Subset)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Subset)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Subset)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Subset)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern IntPtr hb_subset_or_fail(IntPtr source, IntPtr input);
}
