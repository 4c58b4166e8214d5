package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/annals-dev/annals"
	"github.com/annals-dev/annals/geo"
)

// placeBatch is how many places ImportPlaces writes per transaction.
const placeBatch = 20000

// ImportPlaces stores the places that each passes to add, with their
// alternative names, for Lookup; geo.ImportGeoNames reads a GeoNames dump
// in the shape each expects. A place already stored (same name, country
// and coordinates) only gains the names it lacked, so importing a file
// again adds nothing. Places are written in transactions of 20,000: an
// import cut short keeps the batches it finished, and running it again
// completes it. It returns the number of places added.
func (s *Store) ImportPlaces(ctx context.Context, each func(add func(annals.Place, []string) error) error) (int, error) {
	var tx *sql.Tx
	var ins, find, name *sql.Stmt
	pending, added := 0, 0
	commit := func() error {
		if tx == nil {
			return nil
		}
		err := tx.Commit()
		tx = nil
		return err
	}
	defer func() {
		if tx != nil {
			tx.Rollback()
		}
	}()
	add := func(p annals.Place, names []string) error {
		if tx == nil {
			var err error
			if tx, err = s.w.BeginTx(ctx, nil); err != nil {
				return err
			}
			ins = tx.StmtContext(ctx, s.put.insPlace)
			find = tx.StmtContext(ctx, s.put.findPlace)
			name = tx.StmtContext(ctx, s.put.insPlaceName)
		}
		if p.Name == "" || !finite(p.Lat) || !finite(p.Lon) {
			return annals.Errorf(annals.EINVALID, "place %q: no name or no finite coordinates", p.Name)
		}
		r, err := ins.ExecContext(ctx, p.Name, p.Country, p.ADM1, p.Lat, p.Lon, p.Precision, placeRank(p.Precision))
		if err != nil {
			return fmt.Errorf("place %q: %w", p.Name, err)
		}
		var id int64
		if n, _ := r.RowsAffected(); n == 1 {
			added++
			if id, err = r.LastInsertId(); err != nil {
				return err
			}
		} else if err := find.QueryRowContext(ctx, p.Name, p.Country, p.Lat, p.Lon).Scan(&id); err != nil {
			return fmt.Errorf("place %q: %w", p.Name, err)
		}
		for _, n := range append([]string{p.Name}, names...) {
			if k := geo.Key(n); k != "" {
				if _, err := name.ExecContext(ctx, k, id); err != nil {
					return fmt.Errorf("place %q: name %q: %w", p.Name, n, err)
				}
			}
		}
		if pending++; pending >= placeBatch {
			pending = 0
			return commit()
		}
		return nil
	}
	if err := each(add); err != nil {
		return added, err
	}
	return added, commit()
}

// placeRank orders the places of one name as the built-in gazetteer does:
// a city before a region before a smaller division or a feature, and a
// country only when nothing else has the name.
func placeRank(precision string) int {
	switch precision {
	case "city":
		return 1
	case "adm1":
		return 2
	case "adm2", "district":
		return 3
	case "feature":
		return 4
	case "country":
		return 5
	}
	return 9
}

// Lookup finds an imported place by name, preferring one in country when
// country is given, then by rank (a city before a region before a
// feature), then the first imported. It makes the store an
// annals.Gazetteer; an error reading the database is reported as not found.
func (s *Store) Lookup(name, country string) (annals.Place, bool) {
	k := geo.Key(name)
	if k == "" {
		return annals.Place{}, false
	}
	var p annals.Place
	err := s.r.QueryRow(`SELECT p.name, p.country, p.adm1, p.lat, p.lon, p.precision
		FROM place_names n JOIN places p ON p.id = n.place
		WHERE n.key = ? ORDER BY p.country = ? DESC, p.rank, p.id LIMIT 1`, k, country).
		Scan(&p.Name, &p.Country, &p.ADM1, &p.Lat, &p.Lon, &p.Precision)
	if err != nil { // sql.ErrNoRows, or a read error: nothing to offer
		return annals.Place{}, false
	}
	return p, true
}

// Places returns the number of imported places.
func (s *Store) Places(ctx context.Context) (int, error) {
	var n int
	err := s.r.QueryRowContext(ctx, `SELECT count(*) FROM places`).Scan(&n)
	return n, err
}
