-- POST /baseline11 with a chunked body, as in HttpArena's baseline profile.
wrk.method = "POST"
wrk.body = "2\r\n20\r\n0\r\n\r\n"
wrk.headers["Content-Type"] = "text/plain"
wrk.headers["Transfer-Encoding"] = "chunked"
