using System.Buffers.Binary;
using System.Globalization;

namespace LearningSociety.Infrastructure.Importing;

/// <summary>
/// A photo or scan of a plan page (.png, .jpg), checked from its header only — nothing is decoded here: the
/// signature must match the extension, and width × height must stay within <see cref="PlanImportOptions.MaxImagePixels"/>,
/// so that neither a renamed program nor a "decompression bomb" reaches the OCR.
/// </summary>
internal static class ScanImage
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static ScanSource Check(byte[] bytes, string extension, PlanImportOptions options)
    {
        var png = extension == ".png";
        var size = png ? PngSize(bytes) : JpegSize(bytes);
        if (size is not { } s)
        {
            throw new PlanFileException($"Tệp có đuôi {extension} nhưng không phải ảnh {(png ? "PNG" : "JPEG")} đọc được (có thể bị đổi tên hoặc hỏng). "
                + "Hãy chụp hoặc quét lại trang văn bản và lưu thành .png hoặc .jpg.");
        }

        if (s.Width < 1 || s.Height < 1 || (long)s.Width * s.Height > options.MaxImagePixels)
        {
            var vi = CultureInfo.GetCultureInfo("vi-VN");
            throw new PlanFileException($"Ảnh quá lớn ({s.Width.ToString("N0", vi)} × {s.Height.ToString("N0", vi)} điểm ảnh); cổng chỉ nhận ảnh đến "
                + $"{(options.MaxImagePixels / 1_000_000.0).ToString("0.#", vi)} triệu điểm ảnh. Hãy quét ở 200–300 dpi hoặc thu nhỏ ảnh rồi tải lên lại.");
        }

        return new ScanSource(bytes, png ? ScanFormat.Png : ScanFormat.Jpeg, [new ScanPageSize(s.Width, s.Height)]);
    }

    private static (int Width, int Height)? PngSize(byte[] bytes)
    {
        // Signature, then the IHDR chunk first: length 13, "IHDR", width, height (big-endian).
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(PngSignature) || !bytes.AsSpan(12, 4).SequenceEqual("IHDR"u8))
        {
            return null;
        }

        return (BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    private static (int Width, int Height)? JpegSize(byte[] bytes)
    {
        if (bytes.Length < 4 || bytes[0] != 0xFF || bytes[1] != 0xD8)
        {
            return null;
        }

        // Walk the segments up to the frame header (SOF0–SOF15 but DHT, JPG and DAC), which holds the size.
        var i = 2;
        while (i + 9 < bytes.Length)
        {
            if (bytes[i] != 0xFF)
            {
                return null;
            }

            var marker = bytes[i + 1];
            if (marker == 0xFF)
            {
                i++;
                continue;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 2));
            if (marker is >= 0xC0 and <= 0xCF and not (0xC4 or 0xC8 or 0xCC))
            {
                return (BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 7)), BinaryPrimitives.ReadUInt16BigEndian(bytes.AsSpan(i + 5)));
            }

            if (marker == 0xDA || length < 2)
            {
                return null; // image data before any frame header
            }

            i += 2 + length;
        }

        return null;
    }
}
