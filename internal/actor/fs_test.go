package actor

import (
	iofs "io/fs"

	"chancery/internal/lexicon"
)

func readFS(name string) ([]byte, error) { return iofs.ReadFile(lexicon.FS(), name) }
