// The embeddable chat for a company's own website (served at /chat/widget.js):
//   <script src="https://<aftercare host>/chat/widget.js" data-tenant="<company key>" data-lang="zh-CN" async></script>
// Plain script, no framework, no cookies: the visitor gives a name and phone, gets a conversation
// token (kept in the page's sessionStorage) and talks to the same engine as the portal. Its texts
// are here in both languages because it runs on someone else's page, outside the web app's i18n.
(() => {
  const TEXTS = {
    "zh-CN": {
      open: "在线客服",
      title: "在线客服",
      intro: "您好！请留下姓名和电话，智能助手会先为您解答，也可以随时转人工。",
      name: "姓名",
      phone: "电话",
      start: "开始咨询",
      placeholder: "请输入您的问题…",
      send: "发送",
      person: "转人工",
      typing: "客服正在输入…",
      leave: "留言",
      leaveHint: "请写下您的问题和方便联系的时间：",
      closed: "会话已结束。",
      article: "查看文章",
      error: "出错了，请稍后再试。",
    },
    en: {
      open: "Chat with us",
      title: "Chat",
      intro:
        "Hello! Leave your name and phone: our assistant answers first, and you can ask for a person at any time.",
      name: "Name",
      phone: "Phone",
      start: "Start chat",
      placeholder: "Type your question…",
      send: "Send",
      person: "Talk to a person",
      typing: "The agent is typing…",
      leave: "Leave a message",
      leaveHint: "Write your question and when we can reach you:",
      closed: "The chat has ended.",
      article: "Read the article",
      error: "Something went wrong; please try again later.",
    },
  };

  const script = document.currentScript;
  if (!script) return;
  const base = new URL(script.src).origin;
  const tenant = script.getAttribute("data-tenant") || "";
  const lang = script.getAttribute("data-lang") === "en" ? "en" : "zh-CN";
  const t = TEXTS[lang];
  const key = `aftercare.chat.${tenant}`;
  let state = JSON.parse(sessionStorage.getItem(key) || "null");
  let lastSeq = 0;
  let streaming = null;
  let typingTimer = null;
  let lastTypingSent = 0;

  function el(tag, attrs, children) {
    const e = document.createElement(tag);
    Object.keys(attrs || {}).forEach((k) => {
      if (k === "style") e.style.cssText = attrs[k];
      else if (k.slice(0, 2) === "on") e.addEventListener(k.slice(2), attrs[k]);
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach((c) => {
      e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
    });
    return e;
  }
  function api(method, path, body) {
    const headers = { "accept-language": lang };
    if (body) headers["content-type"] = "application/json";
    if (state) headers["x-chat-token"] = state.token;
    return fetch(`${base}/api/v1/chat/conversations${path}`, {
      method: method,
      headers: headers,
      body: body ? JSON.stringify(body) : undefined,
    }).then((r) =>
      r.json().then((j) => {
        if (!r.ok) throw new Error(j?.error?.message || t.error);
        return j;
      }),
    );
  }

  const button = el(
    "button",
    {
      type: "button",
      "data-chat-open": "",
      style:
        "position:fixed;right:20px;bottom:20px;z-index:2147483000;background:#1677ff;color:#fff;border:0;border-radius:20px;padding:10px 18px;font:14px sans-serif;cursor:pointer;box-shadow:0 4px 12px rgba(0,0,0,.2)",
    },
    [t.open],
  );
  const panel = el("div", {
    role: "dialog",
    "aria-label": t.title,
    style:
      "position:fixed;right:20px;bottom:70px;z-index:2147483000;width:340px;max-width:calc(100vw - 40px);height:480px;max-height:calc(100vh - 100px);background:#fff;border:1px solid #d9d9d9;border-radius:8px;box-shadow:0 6px 24px rgba(0,0,0,.2);display:none;flex-direction:column;font:14px sans-serif;color:#222",
  });
  const header = el(
    "div",
    { style: "padding:10px 12px;background:#1677ff;color:#fff;border-radius:8px 8px 0 0;font-weight:600" },
    [t.title],
  );
  const body = el("div", { "aria-live": "polite", style: "flex:1;overflow:auto;padding:10px 12px" });
  const typingLine = el("div", { style: "padding:0 12px;color:#888;font-size:12px;min-height:16px" });
  const footer = el("div", {
    style: "border-top:1px solid #eee;padding:8px;display:flex;gap:6px;flex-wrap:wrap",
  });
  panel.appendChild(header);
  panel.appendChild(body);
  panel.appendChild(typingLine);
  panel.appendChild(footer);
  button.addEventListener("click", () => {
    panel.style.display = panel.style.display === "none" ? "flex" : "none";
    if (panel.style.display === "flex" && state) resume();
  });
  document.body.appendChild(button);
  document.body.appendChild(panel);

  function input(label, type) {
    return el("input", {
      type: type,
      "aria-label": label,
      placeholder: label,
      style: "flex:1;min-width:0;padding:6px 8px;border:1px solid #d9d9d9;border-radius:4px",
    });
  }
  function line(m) {
    if (m.seq <= lastSeq) return;
    lastSeq = m.seq;
    const mine = m.author === "customer";
    const bubble = el(
      "div",
      {
        "data-author": m.author,
        style: `margin:6px 0;padding:6px 10px;border-radius:8px;max-width:85%;white-space:pre-wrap;word-break:break-word;${mine ? "margin-left:auto;background:#e6f4ff" : m.author === "system" ? "background:none;color:#888;font-size:12px;text-align:center;max-width:100%" : "background:#f5f5f5"}`,
      },
      [m.text],
    );
    if (m.article) {
      bubble.appendChild(el("br"));
      bubble.appendChild(
        el(
          "a",
          {
            href: `${base}/help/${encodeURIComponent(tenant)}/${encodeURIComponent(m.article.id)}`,
            target: "_blank",
            rel: "noopener",
          },
          [`${t.article}: ${m.article.title}`],
        ),
      );
    }
    body.appendChild(bubble);
    body.scrollTop = body.scrollHeight;
    if (m.code === "offline") offlineForm();
  }
  function note(text) {
    body.appendChild(el("div", { style: "color:#cf1322;font-size:12px;margin:6px 0" }, [text]));
  }
  function startForm() {
    footer.innerHTML = "";
    body.innerHTML = "";
    body.appendChild(el("p", {}, [t.intro]));
    const name = input(t.name, "text");
    const phone = input(t.phone, "tel");
    const go = el("button", { type: "button", style: "padding:6px 12px" }, [t.start]);
    go.addEventListener("click", () => {
      api("POST", "", { tenant: tenant, name: name.value, phone: phone.value, locale: lang })
        .then((r) => {
          state = { id: r.conversation.id, token: r.visitorToken };
          sessionStorage.setItem(key, JSON.stringify(state));
          body.innerHTML = "";
          r.messages.forEach(line);
          chatForm();
          stream();
        })
        .catch((e) => {
          note(e.message);
        });
    });
    footer.appendChild(name);
    footer.appendChild(phone);
    footer.appendChild(go);
  }
  function chatForm() {
    footer.innerHTML = "";
    const text = input(t.placeholder, "text");
    const send = el("button", { type: "button", style: "padding:6px 12px" }, [t.send]);
    const person = el("button", { type: "button", style: "padding:6px 8px" }, [t.person]);
    function post() {
      if (!text.value.trim()) return;
      const value = text.value;
      text.value = "";
      api("POST", `/${state.id}/messages`, { text: value })
        .then((r) => {
          r.items.forEach(line);
        })
        .catch((e) => {
          note(e.message);
        });
    }
    send.addEventListener("click", post);
    text.addEventListener("keydown", (e) => {
      if (e.key === "Enter") post();
      else if (Date.now() - lastTypingSent > 2000) {
        lastTypingSent = Date.now();
        api("POST", `/${state.id}/typing`).catch(() => {});
      }
    });
    person.addEventListener("click", () => {
      api("POST", `/${state.id}/handoff`)
        .then((r) => {
          r.messages.forEach(line);
        })
        .catch((e) => {
          note(e.message);
        });
    });
    footer.appendChild(text);
    footer.appendChild(send);
    footer.appendChild(person);
  }
  function offlineForm() {
    footer.innerHTML = "";
    const text = el("textarea", {
      "aria-label": t.leave,
      rows: "3",
      style: "flex:1 1 100%;padding:6px 8px;border:1px solid #d9d9d9;border-radius:4px",
    });
    const send = el("button", { type: "button", style: "padding:6px 12px" }, [t.leave]);
    send.addEventListener("click", () => {
      if (!text.value.trim()) return;
      api("POST", `/${state.id}/offline-message`, { text: text.value }).catch((e) => {
        note(e.message);
      });
    });
    footer.appendChild(el("div", { style: "flex:1 1 100%;font-size:12px;color:#555" }, [t.leaveHint]));
    footer.appendChild(text);
    footer.appendChild(send);
  }
  function ended() {
    footer.innerHTML = "";
    footer.appendChild(el("div", { style: "color:#888" }, [t.closed]));
    sessionStorage.removeItem(key);
  }
  // Server-Sent Events read through fetch, so the token travels in a header, not the URL.
  function stream() {
    if (streaming) return;
    streaming = new AbortController();
    const headers = { "x-chat-token": state.token, accept: "text/event-stream" };
    fetch(`${base}/api/v1/chat/conversations/${state.id}/events?after=${lastSeq}`, {
      headers: headers,
      signal: streaming.signal,
    })
      .then((r) => {
        const reader = r.body.getReader();
        const decoder = new TextDecoder();
        let buffer = "";
        function pump() {
          return reader.read().then((chunk) => {
            if (chunk.done) throw new Error("ended");
            buffer += decoder.decode(chunk.value, { stream: true });
            const parts = buffer.split("\n\n");
            buffer = parts.pop();
            parts.forEach((part) => {
              let event = "message",
                data = "";
              part.split("\n").forEach((l) => {
                if (l.indexOf("event:") === 0) event = l.slice(6).trim();
                else if (l.indexOf("data:") === 0) data += l.slice(5).trim();
              });
              if (!data) return;
              const d = JSON.parse(data);
              if (event === "message") line(d);
              else if (event === "typing") {
                typingLine.textContent = t.typing;
                clearTimeout(typingTimer);
                typingTimer = setTimeout(() => {
                  typingLine.textContent = "";
                }, 4000);
              } else if (event === "conversation" && d.status === "closed") {
                streaming.abort();
                ended();
              }
            });
            return pump();
          });
        }
        return pump();
      })
      .catch(() => {
        const wasAborted = streaming?.signal.aborted;
        streaming = null;
        if (!wasAborted) setTimeout(stream, 3000);
      });
  }
  function resume() {
    api("GET", `/${state.id}`)
      .then((r) => {
        body.innerHTML = "";
        lastSeq = 0;
        r.messages.forEach(line);
        if (r.conversation.status === "closed") return ended();
        const last = r.messages[r.messages.length - 1];
        if (!(last && last.code === "offline")) chatForm();
        stream();
      })
      .catch(() => {
        state = null;
        sessionStorage.removeItem(key);
        startForm();
      });
  }
  if (!state) startForm();
})();
