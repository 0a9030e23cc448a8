using System.Text;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace LearningSociety.Web.Setup;

/// <summary>
/// Every text a form or query sends passes here first: control characters (NUL and the rest, but
/// tab and line breaks), Unicode noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) and lone surrogates
/// cannot be typed, break NFC normalisation, XML exports and the database, and are taken out. The
/// field gets a Vietnamese message, so a form that is shown again says what happened.
/// </summary>
public sealed class CleanTextModelBinder(IModelBinder inner) : IModelBinder
{
    public const string Message = "Ô này có ký tự không hợp lệ (ký tự điều khiển hoặc không phải chữ); cổng đã bỏ ký tự đó, hãy kiểm tra lại.";

    public async Task BindModelAsync(ModelBindingContext bindingContext)
    {
        ArgumentNullException.ThrowIfNull(bindingContext);
        await inner.BindModelAsync(bindingContext);
        if (bindingContext.Result.Model is string text && Clean(text) is { } clean)
        {
            bindingContext.Result = ModelBindingResult.Success(clean);
            bindingContext.ModelState.SetModelValue(bindingContext.ModelName, clean, clean);
            bindingContext.ModelState.TryAddModelError(bindingContext.ModelName, Message);
        }
    }

    /// <summary>The text without the characters above, or null when it has none (the common case costs one pass).</summary>
    public static string? Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var first = FirstInvalid(text);
        if (first < 0)
        {
            return null;
        }

        var b = new StringBuilder(text.Length);
        b.Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b.Append(c).Append(text[++i]);
            }
            else if (!IsInvalid(c))
            {
                b.Append(c);
            }
        }

        return b.ToString();
    }

    private static int FirstInvalid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (IsInvalid(c))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool IsInvalid(char c) =>
        (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
        || char.IsSurrogate(c)
        || c is '\uFFFE' or '\uFFFF'
        || c is >= '\uFDD0' and <= '\uFDEF';

    public sealed class Provider : IModelBinderProvider
    {
        public IModelBinder? GetBinder(ModelBinderProviderContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            return context.Metadata.ModelType == typeof(string)
                ? new CleanTextModelBinder(new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>()))
                : null;
        }
    }
}
