// Command helloworld is the go-app v10 hello world that BenchmarkLoad
// (quiz/e2e/load_bench_test.go) loads side by side with Factquiz: one page,
// a heading and a button, nothing else. It is built the way app.wasm is
// (the same patched go-app, flags and compression) and served by
// `factquiz serve`, so that its figures are the floor of the stack, not of
// a different server.
//
// It lives under testdata so that `go vet ./...` and `go test ./...` leave
// it alone; the benchmark builds it by its path.
package main

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// hello is the whole app. #hello-heading is what the benchmark waits for:
// the server's prerendered page has no such element, so seeing it means
// the wasm has started and rendered.
type hello struct {
	app.Compo
	clicks int
}

func (h *hello) Render() app.UI {
	return app.Main().Body(
		app.H1().ID("hello-heading").Text("Hello, world"),
		app.Button().ID("hello-button").Text("Clicked "+strconv.Itoa(h.clicks)+" times").OnClick(h.click),
	)
}

func (h *hello) click(ctx app.Context, e app.Event) { h.clicks++ }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
}
