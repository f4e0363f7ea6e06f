# Convenience targets for machines that have make; each calls ./dev, which needs only bash + python3.
.PHONY: demo test lint bench screenshots print-samples package translations
demo:          ; ./dev demo
test:          ; ./dev test
lint:          ; ./dev lint
bench:         ; ./dev bench $(ARGS)
screenshots:   ; ./dev screenshots
print-samples: ; ./dev print-samples
package:       ; ./dev package
translations:  ; ./dev translations
