-- HttpArena's static-tls load: the profile's 20 files of /static in turn, on every connection of the thread. With the
-- argument "br", every request carries the profile's Accept-Encoding; without it, none (the files as they are on disk).
local files = {
  "reset.css", "layout.css", "theme.css", "components.css", "utilities.css",
  "analytics.js", "helpers.js", "app.js", "vendor.js", "router.js",
  "header.html", "footer.html", "regular.woff2", "bold.woff2", "logo.svg",
  "icon-sprite.svg", "hero.webp", "thumb1.webp", "thumb2.webp", "manifest.json",
}
local requests = {}
local next_request = 1

function init(args)
  local headers = {}
  if args[1] == "br" then
    headers["Accept-Encoding"] = "br;q=1, gzip;q=0.8"
  end
  for i, file in ipairs(files) do
    requests[i] = wrk.format("GET", "/static/" .. file, headers)
  end
end

function request()
  local r = requests[next_request]
  next_request = next_request % #requests + 1
  return r
end
