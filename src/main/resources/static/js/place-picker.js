// The place picker (templates/fragments/place.html): a suggestion button puts its P-code in its field, in place of
// the word being typed where the field holds several P-codes. Enter in another field of the form saves the form
// rather than pressing the picker's "Find" button, which is there for browsers without JavaScript.
document.addEventListener('click', function (event) {
  var button = event.target.closest('button.pick-place');
  if (!button) {
    return;
  }
  var input = document.getElementById(button.dataset.field);
  if (input.dataset.multiple === 'true') {
    var words = input.value.split(/[,;\s]+/).filter(function (w) { return w.length > 0; });
    if (words.length > 0 && !/[,;\s]$/.test(input.value)) {
      words.pop();
    }
    if (words.indexOf(button.dataset.pcode) < 0) {
      words.push(button.dataset.pcode);
    }
    input.value = words.join(', ') + ', ';
  } else {
    input.value = button.dataset.pcode;
  }
  var list = document.getElementById('pick_' + button.dataset.field);
  if (list) {
    list.innerHTML = '';
  }
  input.focus();
});

document.addEventListener('keydown', function (event) {
  if (event.key !== 'Enter' || !event.target.form || event.target.tagName !== 'INPUT') {
    return;
  }
  var form = event.target.form;
  if (!form.querySelector('button.pick-find')) {
    return;
  }
  event.preventDefault();
  if (event.target.classList.contains('place-input')) {
    return;
  }
  var submit = Array.prototype.find.call(form.querySelectorAll('button[type=submit], input[type=submit]'),
    function (b) { return !b.classList.contains('pick-find'); });
  form.requestSubmit(submit || undefined);
});
