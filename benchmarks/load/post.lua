-- POST /baseline11 with a Content-Length body, as in HttpArena's baseline profile.
wrk.method = "POST"
wrk.body = "20"
wrk.headers["Content-Type"] = "text/plain"
