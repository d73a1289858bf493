// A self-contained API reference (no CDN): reads /api/openapi.json in the browser and lists
// every operation with who may call it, its parameters and its request/response schemas.
export const API_DOCS_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Aftercare API reference</title>
<style>
body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;color:#1f1f1f;background:#f5f5f5}
header{background:#1677ff;color:#fff;padding:16px 24px}header h1{margin:0;font-size:20px}
main{max-width:1100px;margin:0 auto;padding:16px 24px}h2{margin-top:32px;border-bottom:1px solid #d9d9d9}
details{background:#fff;border:1px solid #e5e5e5;border-radius:6px;margin:8px 0;padding:8px 12px}
summary{cursor:pointer;font-family:ui-monospace,monospace}.m{display:inline-block;width:64px;font-weight:700}
.get{color:#389e0d}.post{color:#1677ff}.patch{color:#d48806}.put{color:#d48806}.delete{color:#cf1322}
.access{float:right;font-size:12px;color:#595959}pre{background:#fafafa;padding:8px;overflow:auto;font-size:12px}
</style></head><body><header><h1>Aftercare API reference</h1><div id="meta"></div></header><main id="root">Loading…</main>
<script>
const esc=(s)=>String(s).replace(/[&<>"]/g,(c)=>({"&":"&amp;","<":"&lt;",">":"&gt;",'"':"&quot;"}[c]));
fetch("/api/openapi.json").then((r)=>r.json()).then((doc)=>{
  document.getElementById("meta").textContent=doc.info.title+" "+doc.info.version+" — OpenAPI "+doc.openapi;
  const byTag={};
  for(const [path,ops] of Object.entries(doc.paths)) for(const [method,op] of Object.entries(ops)){
    const tag=(op.tags&&op.tags[0])||"Other";(byTag[tag]=byTag[tag]||[]).push({path,method,op});}
  let html="";
  for(const [tag,ops] of Object.entries(byTag)){
    html+="<h2>"+esc(tag)+"</h2>";
    for(const {path,method,op} of ops){
      const access=Array.isArray(op["x-access"])?op["x-access"].join(", "):op["x-access"];
      const body=op.requestBody?JSON.stringify(op.requestBody.content,null,2):"";
      const params=op.parameters?JSON.stringify(op.parameters,null,2):"";
      html+="<details><summary><span class='m "+method+"'>"+method.toUpperCase()+"</span>"+esc(path)+
        "<span class='access'>"+esc(access||"")+"</span></summary>"+
        (params?"<h4>Parameters</h4><pre>"+esc(params)+"</pre>":"")+
        (body?"<h4>Request body</h4><pre>"+esc(body)+"</pre>":"")+
        "<h4>Responses</h4><pre>"+esc(JSON.stringify(op.responses,null,2))+"</pre></details>";
    }
  }
  html+="<h2>Schemas</h2><pre>"+esc(JSON.stringify(doc.components&&doc.components.schemas,null,2))+"</pre>";
  document.getElementById("root").innerHTML=html;
});
</script></body></html>`;
