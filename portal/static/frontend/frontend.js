/*
 * The reference front end: news and conference reports rendered from the portal's public API,
 * and an editor's draft from the headless preview endpoint.
 *
 *   /frontend/                               the latest news (GET /api/v2/pages/?type=newsroom.NewsPage)
 *   /frontend/?id=12                         one published page (GET /api/v2/pages/12/)
 *   /frontend/?content_type=…&token=…        a draft: what the editor's Preview sends here
 *                                            (GET /api/v2/preview/?content_type=…&token=…)
 *
 * Plain JavaScript, no build step and no inline script (the portal's Content-Security-Policy
 * refuses those). Text from the API is set as text; rich text (paragraphs, speeches, the
 * conclusion) is HTML the portal has already cleaned to a short list of tags.
 */
(function () {
  "use strict";

  var body = document.body;
  var API = body.getAttribute("data-api");
  var PREVIEW_API = body.getAttribute("data-preview-api");
  var HOME = body.getAttribute("data-home") || window.location.pathname;
  var app = document.getElementById("app");

  var SPEECH_KINDS = {
    opening: "Phát biểu khai mạc",
    report: "Báo cáo",
    contribution: "Tham luận",
    discussion: "Ý kiến thảo luận",
    closing: "Phát biểu bế mạc"
  };

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      if (attrs[name] !== null && attrs[name] !== undefined && attrs[name] !== "") {
        node.setAttribute(name, attrs[name]);
      }
    });
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === "") {
        return;
      }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function html(tag, attrs, markup) {
    var node = el(tag, attrs);
    node.innerHTML = markup || ""; // cleaned by the portal (nh3) before it reaches the API
    return node;
  }

  function formatDate(value, withTime) {
    if (!value) {
      return "";
    }
    var date = new Date(value);
    if (isNaN(date.getTime())) {
      return "";
    }
    var options = { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" };
    if (withTime) {
      options.hour = "2-digit";
      options.minute = "2-digit";
    }
    return date.toLocaleString("vi-VN", options);
  }

  function formatNumber(value) {
    return typeof value === "number" ? value.toLocaleString("vi-VN") : String(value || "");
  }

  function imageTag(image, size, className) {
    if (!image || !image.renditions) {
      return null;
    }
    var rendition = image.renditions[size] || image.renditions.medium || image.renditions.thumbnail;
    if (!rendition) {
      return el("div", { "class": "fe-missing-image", role: "img", "aria-label": image.alt || image.title });
    }
    return el("img", {
      src: rendition.url, width: rendition.width, height: rendition.height,
      alt: image.alt || image.title || "", loading: "lazy", "class": className
    });
  }

  function personLine(member, name, attribution) {
    var who = member ? member.name : name;
    var position = attribution || (member ? member.position_line : "");
    return el("p", { "class": "fe-person" }, [
      who ? el("strong", {}, [who]) : null,
      who && position ? ", " : "",
      position ? el("span", {}, [position]) : null
    ]);
  }

  function pageLink(item) {
    return HOME + "?id=" + encodeURIComponent(item.id);
  }

  // --- blocks -------------------------------------------------------------------------------

  var BLOCKS = {
    paragraph: function (value) {
      return html("div", { "class": "fe-paragraph" }, value);
    },
    heading: function (value) {
      return el(value.level === "h3" ? "h3" : "h2", { "class": "fe-heading" }, [value.text]);
    },
    quote: function (value) {
      return el("blockquote", { "class": "fe-quote" }, [
        el("p", {}, [value.text]),
        value.attribution ? el("footer", {}, ["— " + value.attribution]) : null
      ]);
    },
    photo: function (value) {
      var members = (value.members || []).map(function (member) { return member.name; });
      return el("figure", { "class": "fe-photo" }, [
        imageTag(value.image, "large", "fe-photo-image"),
        el("figcaption", {}, [
          value.caption ? el("span", {}, [value.caption]) : null,
          value.credit ? el("span", { "class": "fe-credit" }, ["Ảnh: " + value.credit]) : null,
          members.length ? el("span", { "class": "fe-photo-members" }, ["Trong ảnh: " + members.join(", ")]) : null
        ])
      ]);
    },
    speech: function (value) {
      var speaker = value.speaker;
      return el("section", { "class": "fe-speech" }, [
        el("p", { "class": "fe-kind" }, [SPEECH_KINDS[value.kind] || "Phát biểu"]),
        el("div", { "class": "fe-speaker" }, [
          speaker && speaker.portrait ? imageTag(speaker.portrait, "thumbnail", "fe-portrait") : null,
          personLine(speaker, value.speaker_name, value.attribution)
        ]),
        html("div", { "class": "fe-speech-text" }, value.text)
      ]);
    },
    statistic: function (value) {
      var parts = (value.breakdown || []).map(function (part) {
        return el("li", {}, [el("strong", {}, [formatNumber(part.value)]), " " + part.label]);
      });
      var where = [value.scope, value.period].filter(Boolean).join(", ");
      return el("section", { "class": "fe-statistic" }, [
        el("p", { "class": "fe-figure" }, [
          el("strong", {}, [formatNumber(value.value)]),
          " " + [value.unit, value.label].filter(Boolean).join(" ")
        ]),
        where ? el("p", { "class": "fe-scope" }, [where]) : null,
        parts.length ? el("ul", { "class": "fe-breakdown", "aria-label": "Gồm" }, parts) : null
      ]);
    },
    conclusion: function (value) {
      var directives = (value.directives || []).map(function (text) { return el("li", {}, [text]); });
      return el("section", { "class": "fe-conclusion" }, [
        el("h2", { "class": "fe-heading" }, ["Kết luận"]),
        personLine(value.presiding_member, value.presiding_name, value.attribution),
        html("div", { "class": "fe-conclusion-text" }, value.text),
        directives.length ? el("h3", {}, ["Nhiệm vụ trọng tâm"]) : null,
        directives.length ? el("ol", { "class": "fe-directives" }, directives) : null
      ]);
    }
  };

  function renderBlock(block) {
    var render = BLOCKS[block.type];
    if (!render) {
      return null; // a block type this front end does not know yet: left out, not an error
    }
    var node = render(block.value || {});
    node.setAttribute("data-block", block.type);
    return node;
  }

  // --- pages --------------------------------------------------------------------------------

  function renderArticle(page, isPreview) {
    var isReport = page.meta && page.meta.type === "newsroom.ConferencePage";
    var facts = [];
    if (isReport) {
      if (page.start) { facts.push(["Thời gian", formatDate(page.start, true)]); }
      if (page.location) { facts.push(["Địa điểm", page.location]); }
      if (page.theme) { facts.push(["Chủ đề", page.theme]); }
      if (page.council) { facts.push(["Cơ quan tổ chức", page.council.name]); }
      (page.chairs || []).forEach(function (chair) {
        var name = chair.member ? chair.member.name : "";
        facts.push(["Chủ trì", [name, chair.position || chair.attribution].filter(Boolean).join(", ")]);
      });
      if (page.participants) { facts.push(["Thành phần", page.participants]); }
    }
    var article = el("article", { "class": "fe-article" }, [
      isPreview ? el("p", { "class": "fe-preview-banner", role: "status" }, [
        "Bản xem trước: nội dung chưa xuất bản, chỉ người có đường dẫn này mới xem được và đường dẫn sẽ hết hạn."
      ]) : null,
      el("p", { "class": "fe-meta" }, [
        page.category ? page.category.name : (isReport ? "Hội nghị" : "Tin tức"),
        page.date ? " · " + formatDate(page.date) : ""
      ]),
      el("h1", { "class": "fe-title" }, [page.title]),
      page.summary ? el("p", { "class": "fe-summary" }, [page.summary]) : null,
      page.hero_image ? el("figure", { "class": "fe-photo" }, [
        imageTag(page.hero_image, "large", "fe-photo-image"),
        page.hero_caption || page.hero_credit ? el("figcaption", {}, [
          page.hero_caption ? el("span", {}, [page.hero_caption]) : null,
          page.hero_credit ? el("span", { "class": "fe-credit" }, ["Ảnh: " + page.hero_credit]) : null
        ]) : null
      ]) : null,
      facts.length ? el("dl", { "class": "fe-facts" }, facts.reduce(function (nodes, fact) {
        return nodes.concat([el("dt", {}, [fact[0]]), el("dd", {}, [fact[1]])]);
      }, [])) : null,
      el("div", { "class": "fe-body" }, (page.body || []).map(renderBlock)),
      page.byline ? el("p", { "class": "fe-byline" }, [page.byline]) : null,
      (page.tags || []).length ? el("p", { "class": "fe-tags" }, ["Từ khóa: " + page.tags.map(function (tag) {
        return tag.name;
      }).join(", ")]) : null,
      isPreview ? null : el("p", {}, [el("a", { href: HOME }, ["← Tất cả tin bài"])])
    ]);
    document.title = (isPreview ? "[Xem trước] " : "") + page.title;
    return article;
  }

  function renderList(data) {
    var items = data.items.map(function (item) {
      var isReport = item.meta.type === "newsroom.ConferencePage";
      return el("li", { "class": "fe-item" }, [
        item.hero_image ? imageTag(item.hero_image, "thumbnail", "fe-thumb") : null,
        el("div", {}, [
          el("p", { "class": "fe-meta" }, [(isReport ? "Hội nghị" : "Tin tức") +
            (item.date ? " · " + formatDate(item.date) : "")]),
          el("h2", { "class": "fe-item-title" }, [el("a", { href: pageLink(item) }, [item.title])]),
          item.summary ? el("p", { "class": "fe-summary" }, [item.summary]) : null
        ])
      ]);
    });
    document.title = "Tin tức HĐND";
    return el("section", {}, [
      el("h1", { "class": "fe-title" }, ["Tin tức mới nhất"]),
      items.length ? el("ul", { "class": "fe-list" }, items) : el("p", {}, ["Chưa có tin bài nào."])
    ]);
  }

  function show(node) {
    app.textContent = "";
    app.appendChild(node);
  }

  function showError(message) {
    show(el("div", { "class": "fe-error", role: "alert" }, [
      el("p", {}, [message || "Không tải được nội dung. Vui lòng thử lại sau."]),
      el("p", {}, [el("a", { href: HOME }, ["← Tất cả tin bài"])])
    ]));
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" }, credentials: "omit" }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var error = new Error(data.message || "");
          error.status = response.status;
          throw error;
        }
        return data;
      });
    });
  }

  function route() {
    var query = new URLSearchParams(window.location.search);
    var token = query.get("token");
    if (token) {
      var previewQuery = new URLSearchParams({ token: token });
      if (query.get("content_type")) {
        previewQuery.set("content_type", query.get("content_type"));
      }
      return getJSON(PREVIEW_API + "?" + previewQuery.toString()).then(function (page) {
        show(renderArticle(page, true));
      });
    }
    var id = query.get("id");
    if (id) {
      if (!/^[1-9][0-9]{0,17}$/.test(id)) {
        return Promise.reject(new Error("Đường dẫn không hợp lệ."));
      }
      return getJSON(API + encodeURIComponent(id) + "/").then(function (page) {
        show(renderArticle(page, false));
      });
    }
    return getJSON(API + "?type=newsroom.NewsPage&fields=date,summary,hero_image&limit=20").then(function (data) {
      show(renderList(data));
    });
  }

  route().catch(function (error) {
    showError(error.message);
  });
}());
