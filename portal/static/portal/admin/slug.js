/*
 * Page addresses from Vietnamese titles, by the server's rule.
 *
 * With WAGTAIL_ALLOW_UNICODE_SLUGS = False, Wagtail's own slug controller (w-slug) keeps only
 * the ASCII letters it knows: "Hội nghị HĐND" became "hi-ngh-hdjnd". The server folds
 * Vietnamese first (newsroom.models.AsciiSlugMixin: django.utils.text.slugify(councils.text.fold(
 * title))[:200]), so "hoi-nghi-hdnd"; this file gives the admin that same rule, through the
 * events Wagtail's controllers dispatch:
 *
 * - `w-slug:applied` (after w-slug#urlify, as the title is typed, and w-slug#slugify, when the
 *   slug field loses focus): the value is replaced by the server's slug of the same source text;
 * - `w-sync:check` (the title field gains focus): whether the slug still follows the title is
 *   decided by the same rule, so a slug made here is not mistaken for one typed by hand.
 *
 * Wagtail decides when the title drives the slug (only while the page has never been published),
 * so a published page keeps its address. Slug fields that allow Unicode are left to Wagtail.
 * tests/browser/test_admin_slug.py compares this with the server on a list of titles.
 */
(() => {
  "use strict";

  const MAX_LENGTH = 200;
  // What Python's str.split() treats as whitespace (str.isspace), which fold() collapses.
  const PY_WHITESPACE = /[\t\n\v\f\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;
  // Python's \s and \w on ASCII text (django's slugify runs after dropping everything else).
  const NOT_WORD_SPACE_HYPHEN = /[^A-Za-z0-9_\t\n\v\f\r\x1c-\x20-]/g;
  const SPACES_AND_HYPHENS = /[-\t\n\v\f\r\x1c-\x20]+/g;

  /** councils.text.fold: "Đinh Minh Hà" -> "dinh minh ha". */
  function fold(text) {
    if (!text) return "";
    const decomposed = text.replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFD");
    // fold() drops combining marks; any other non-ASCII character is dropped by slugify below.
    const stripped = decomposed.replace(/\p{M}/gu, "");
    return stripped.toLowerCase().split(PY_WHITESPACE).filter(Boolean).join(" ");
  }

  /** django.utils.text.slugify(value, allow_unicode=False). */
  function slugify(value) {
    const ascii = value.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
    return ascii
      .toLowerCase()
      .replace(NOT_WORD_SPACE_HYPHEN, "")
      .replace(SPACES_AND_HYPHENS, "-")
      .replace(/^[-_]+|[-_]+$/g, "");
  }

  function vietnameseSlug(text) {
    return slugify(fold(String(text || ""))).slice(0, MAX_LENGTH);
  }

  /** A w-slug field that keeps ASCII only (the attribute is left out when Unicode is not allowed). */
  function isAsciiSlugField(element) {
    if (!(element instanceof HTMLInputElement)) return false;
    if (!(element.getAttribute("data-controller") || "").split(/\s+/).includes("w-slug")) return false;
    const allowUnicode = element.getAttribute("data-w-slug-allow-unicode-value");
    // Stimulus reads a Boolean value as false when it is absent, "0" or "false" (any case).
    return allowUnicode === null || allowUnicode === "0" || allowUnicode.toLowerCase() === "false";
  }

  document.addEventListener("w-slug:applied", (event) => {
    const field = event.target;
    const { action, sourceValue } = event.detail || {};
    if (!isAsciiSlugField(field) || (action !== "urlify" && action !== "slugify")) return;
    field.value = vietnameseSlug(sourceValue);
  });

  // Capture phase: runs before w-slug#compare on the field, which would judge by its own rule.
  document.addEventListener(
    "w-sync:check",
    (event) => {
      const field = event.target;
      if (!isAsciiSlugField(field)) return;
      event.stopImmediatePropagation();
      const title = (event.detail && event.detail.value) || "";
      if (field.value && field.value !== vietnameseSlug(title)) {
        event.preventDefault(); // the editor typed an address of their own: keep it
      }
    },
    { capture: true },
  );

  window.hdndPortal = Object.assign(window.hdndPortal || {}, { vietnameseSlug });
})();
