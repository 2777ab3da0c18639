module factquiz

go 1.26.8

require (
	github.com/andybalholm/brotli v1.2.0
	github.com/chromedp/cdproto v0.159.0
	github.com/chromedp/chromedp v0.23.0
	github.com/maxence-charriere/go-app/v10 v10.1.11
	github.com/open-spaced-repetition/go-fsrs/v4 v4.0.0
	github.com/piglig/go-qr v1.1.0
	go.yaml.in/yaml/v3 v3.0.6
	golang.org/x/net v0.63.0
	rsc.io/qr v0.2.0
)

require (
	github.com/go-json-experiment/json v0.0.0-20260213210345-44df1a37e875 // indirect
	github.com/google/uuid v1.6.0 // indirect
)
